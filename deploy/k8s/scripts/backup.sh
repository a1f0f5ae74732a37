#!/usr/bin/env bash
# Takes a base backup of databases now (before a risky upgrade) and waits until each is complete.
#
#   scripts/backup.sh [<cluster> ...]      (default: all four)
source "$(dirname "$0")/lib.sh"
clusters=("$@")
[[ ${#clusters[@]} -gt 0 ]] || clusters=(registry-db recognition-db reporting-db keycloak-db)
stamp=$(date -u +%Y%m%d%H%M%S)

for cluster in "${clusters[@]}"; do
  kc get cluster.postgresql.cnpg.io "$cluster" >/dev/null || die "no database cluster $cluster"
  log "backing up $cluster"
  kc apply -f - <<YAML
apiVersion: postgresql.cnpg.io/v1
kind: Backup
metadata:
  name: $cluster-$stamp
spec:
  cluster:
    name: $cluster
  method: plugin
  pluginConfiguration:
    name: barman-cloud.cloudnative-pg.io
YAML
done
for cluster in "${clusters[@]}"; do
  kc wait "backup/$cluster-$stamp" --for=jsonpath='{.status.phase}'=completed --timeout=60m
  log "$cluster backed up: backup/$cluster-$stamp"
done
