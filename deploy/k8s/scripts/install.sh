#!/usr/bin/env bash
# Installs (or re-applies) an overlay: checks what must exist first, applies it and waits for every part in
# the order the parts need each other (deploy/k8s/README.md, "Install, step by step").
#
#   scripts/install.sh <overlay> [--allow-examples]
#
# Refuses a site.env still holding the examples (hosts under .example, the example digests) unless told.
source "$(dirname "$0")/lib.sh"
overlay=${1:?usage: install.sh <overlay> [--allow-examples]}
dir=$(overlay_dir "$overlay")
allow_examples=${2:-}

if [[ "$allow_examples" != --allow-examples ]]; then
  if grep -Eq '^[A-Z_]+=.*(\.example\b|@sha256:(0123456789abcdef){4})' "$dir/site.env"; then
    die "$dir/site.env still holds examples (.example hosts or example digests): set your site's values"
  fi
fi

log "operators: their resource kinds must exist"
"$KUBECTL" get crd kafkas.kafka.strimzi.io kafkanodepools.kafka.strimzi.io clusters.postgresql.cnpg.io \
  objectstores.barmancloud.cnpg.io keycloaks.k8s.keycloak.org keycloakrealmimports.k8s.keycloak.org >/dev/null \
  || die "an operator is missing (README.md, \"Install\", step 1)"

log "the Secrets that are not in git"
"$KUBECTL" get namespace "$NS" >/dev/null 2>&1 || "$KUBECTL" create namespace "$NS"
secrets=(dvk-backup-credentials dvk-api-tls dvk-auth-tls recognition-certificates)
# the copy of the event history writes to a Kafka cluster elsewhere, with that cluster's CA and credentials
if grep -q 'components/history-mirror' "$dir/kustomization.yaml"; then
  secrets+=(dvk-history-target-ca dvk-history-target-credentials)
fi
for secret in "${secrets[@]}"; do
  kc get secret "$secret" >/dev/null || die "create the Secret $secret first (README.md, \"Install\", step 3)"
done

log "the services' database runtime roles: a password made once, then kept (scripts/rotate-db-password.sh)"
for db in registry recognition reporting; do
  runtime_secret "$db"
done

log "applying $dir"
"$KUBECTL" apply -k "$dir"

log "waiting for Kafka, the databases, the Kafka users and Keycloak"
kc wait kafka/dvk-kafka --for=condition=Ready --timeout=15m
kc wait cluster.postgresql.cnpg.io --all --for=condition=Ready --timeout=15m
kc wait kafkauser --all --for=condition=Ready --timeout=5m
kc wait keycloak/dvk-keycloak --for=condition=Ready --timeout=15m
kc wait keycloakrealmimport/dvk-realm --for=condition=Done --timeout=10m
for service in registry-service recognition-service reporting-service; do
  kc rollout status "deployment/$service" --timeout=10m
done
"$(dirname "$0")/retain-volumes.sh"
kc get secret dvk-ops-client >/dev/null 2>&1 \
  || log "next: copy the dvk-ops client's secret into the Secret dvk-ops-client (scripts/ops-token.sh)"
log "installed"
