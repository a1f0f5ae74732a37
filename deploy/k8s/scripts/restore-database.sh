#!/usr/bin/env bash
# Restores a database from the object store (README.md, "Backup and restore"): to the end of its archive or
# to a point in time, under its own name (replacing it) or beside it under a new name (to inspect, or to
# switch to later). The restored cluster is the overlay's own, rendered: same instances, resources,
# max_connections, anti-affinity, NetworkPolicy and nightly backup; only its bootstrap and its archive differ.
# It archives under a fresh serverName, never into the archive it was restored from (the plugin refuses a
# non-empty one, and two timelines in one archive would ruin both).
#
#   scripts/restore-database.sh <overlay> <cluster> --same-name   [--time '2026-05-01 08:00:00+07'] [--print]
#   scripts/restore-database.sh <overlay> <cluster> --as <name>   [--time ...] [--print]
#
# --same-name stops what uses the database, deletes the cluster (its volumes go with it: be sure the archive
# is healthy, kubectl get backups), restores, writes the new archive name into site.env (so the next apply keeps
# it) and starts the users again. --print only prints the manifests it would apply.
source "$(dirname "$0")/lib.sh"
overlay=${1:?usage: restore-database.sh <overlay> <cluster> --same-name|--as <name> [--time T] [--print]}
cluster=${2:?which cluster: registry-db, recognition-db, reporting-db or keycloak-db}
shift 2
target=
time=
print=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --same-name) target=$cluster; shift ;;
    --as) target=${2:?--as needs the new name}; shift 2 ;;
    --time) time=${2:?--time needs a time, e.g. '2026-05-01 08:00:00+07'}; shift 2 ;;
    --print) print=true; shift ;;
    *) die "unknown option $1" ;;
  esac
done
[[ -n "$target" ]] || die "say --same-name or --as <name>"
[[ "$target" =~ ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$ ]] || die "$target is not a valid name"

dir=$(overlay_dir "$overlay")
archive_key=$(printf '%s' "${cluster%-db}" | tr '[:lower:]-' '[:upper:]_')_DB_ARCHIVE
origin_archive=$(site_value "$overlay" "$archive_key")
[[ -n "$origin_archive" ]] || die "no $archive_key in $dir/site.env"
major=$(site_value "$overlay" POSTGRES_IMAGE | sed -n 's/.*postgresql:\([0-9][0-9]*\).*/\1/p')
[[ -n "$major" ]] || die "cannot read the PostgreSQL major from POSTGRES_IMAGE"
new_archive=$target-pg$major-r$(date -u +%Y%m%d%H%M)

recovery='{"source":"origin"}'
[[ -z "$time" ]] || recovery="{\"source\":\"origin\",\"recoveryTarget\":{\"targetTime\":\"$time\"}}"
# kustomize takes a base only by a relative path, and not from inside itself: the work folder sits beside it
work=$(mktemp -d "$(dirname "$dir")/.restore.XXXXXX")
trap 'rm -rf "$work"' EXIT
rename=
if [[ "$target" != "$cluster" ]]; then
  rename="
  - target: {kind: NetworkPolicy, name: $cluster}
    patch: |-
      - {op: replace, path: /metadata/name, value: $target}
      - {op: replace, path: /spec/podSelector/matchLabels/cnpg.io~1cluster, value: $target}
      - {op: replace, path: /spec/ingress/1/from/0/podSelector/matchLabels/cnpg.io~1cluster, value: $target}
  - target: {kind: ScheduledBackup, name: $cluster-daily}
    patch: |-
      - {op: replace, path: /metadata/name, value: $target-daily}
      - {op: replace, path: /spec/cluster/name, value: $target}"
fi
cat > "$work/kustomization.yaml" <<YAML
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../$(basename "$dir")
patches:
  - target: {kind: Cluster, name: $cluster}
    patch: |-
      - {op: add, path: /spec/bootstrap/recovery, value: $recovery}
      - {op: copy, from: /spec/bootstrap/initdb/database, path: /spec/bootstrap/recovery/database}
      - {op: copy, from: /spec/bootstrap/initdb/owner, path: /spec/bootstrap/recovery/owner}
      - {op: remove, path: /spec/bootstrap/initdb}
      - {op: add, path: /spec/externalClusters, value: [{name: origin, plugin: {name: barman-cloud.cloudnative-pg.io, parameters: {barmanObjectName: dvk-backups, serverName: $origin_archive}}}]}
      - {op: replace, path: /spec/plugins/0/parameters/serverName, value: $new_archive}
      - {op: replace, path: /metadata/name, value: $target}$rename
YAML
# the restored Cluster, and under a new name its NetworkPolicy and nightly backup
"$KUBECTL" kustomize "$work" | awk -v target="$target" '
  function flush() {
    if (doc ~ /(^|\n)kind: (Cluster|NetworkPolicy|ScheduledBackup)\n/ \
        && (doc ~ ("\n  name: " target "\n") || doc ~ ("\n  name: " target "-daily\n"))) {
      printf "---\n%s", doc
    }
    doc = ""
  }
  /^---$/ { flush(); next }
  { doc = doc $0 "\n" }
  END { flush() }' > "$work/restore.yaml"
grep -q '^kind: Cluster$' "$work/restore.yaml" || die "the overlay has no Cluster $cluster"
if [[ "$print" == true ]]; then
  cat "$work/restore.yaml"
  exit 0
fi

if [[ "$target" == "$cluster" ]]; then
  if [[ "$cluster" == keycloak-db ]]; then
    kc patch keycloak dvk-keycloak --type merge -p '{"spec":{"instances":0}}'
  else
    service=${cluster%-db}-service
    wanted=$(wanted_replicas "$service")
    kc scale "deployment/$service" --replicas=0
  fi
  log "deleting $cluster (its archive $origin_archive stays in the object store)"
  kc delete cluster.postgresql.cnpg.io "$cluster" --wait=true
fi
kc apply -f - < "$work/restore.yaml"
kc wait "cluster.postgresql.cnpg.io/$target" --for=condition=Ready --timeout=60m
if [[ "$target" == "$cluster" ]]; then
  set_site_value "$overlay" "$archive_key" "$new_archive"
  log "site.env: $archive_key=$new_archive (commit it)"
  if [[ "$cluster" == keycloak-db ]]; then
    "$KUBECTL" apply -k "$dir"
  else
    kc scale "deployment/$service" --replicas="$wanted"
    kc rollout status "deployment/$service" --timeout=15m
  fi
fi
log "restored $cluster as $target, archiving under $new_archive"
