#!/usr/bin/env bash
# Takes a service back to its previous release (README.md, "Upgrade with zero downtime").
#
#   scripts/rollback.sh <overlay> <service> [--not-expand-only]
#
# After an expand-only release the previous pods run on the new schema: the Deployment's previous revision
# comes back, pod by pod. After a release that is not expand-only they would not: its data is in a shape the
# previous code misreads (reporting's V5 day rows read as values, corrupting every figure they touch). Then
#  - reporting-service: its tables are a projection of the topics. It is stopped, its schema dropped, the
#    previous release started on an empty schema, and its projections rebuilt from the topics;
#  - registry-service, recognition-service: their data is the record itself. Restore their database from the
#    backup upgrade.sh took before the release (scripts/restore-database.sh), then roll back.
# Afterwards set the previous image back in site.env, or the next apply brings the release back.
source "$(dirname "$0")/lib.sh"
overlay=${1:?usage: rollback.sh <overlay> <service> [--not-expand-only]}
service=${2:?which service}
mode=${3:-}

if [[ "$mode" != --not-expand-only ]]; then
  kc rollout undo "deployment/$service"
  kc rollout status "deployment/$service" --timeout=15m
  exit 0
fi
[[ "$service" == reporting-service ]] || die "$service's data cannot be rebuilt: restore ${service%-service}-db \
from the backup taken before the upgrade (scripts/restore-database.sh), then run this without --not-expand-only"

wanted=$(wanted_replicas "$service")
log "stopping $service"
kc scale "deployment/$service" --replicas=0
kc wait pod -l "app.kubernetes.io/name=$service" --for=delete --timeout=5m
primary=$(kc get cluster.postgresql.cnpg.io reporting-db -o 'jsonpath={.status.currentPrimary}')
log "dropping reporting's schema in $primary: the previous release recreates its own"
kc exec -i "$primary" -c postgres -- psql -v ON_ERROR_STOP=1 -d reporting \
  -c 'DROP SCHEMA IF EXISTS reporting CASCADE' -c 'DROP SCHEMA IF EXISTS reporting_rebuild CASCADE'
log "the previous release of $service, with $wanted pods"
kc rollout undo "deployment/$service"
kc scale "deployment/$service" --replicas="$wanted"
kc rollout status "deployment/$service" --timeout=15m
"$(dirname "$0")/rebuild-projections.sh" "$overlay"
