#!/usr/bin/env bash
# Upgrades the suite to the images the overlay's site.env names (README.md, "Upgrade with zero downtime").
#
#   scripts/upgrade.sh <overlay> [--not-expand-only <service> ...]
#
# Backs up every database first. A release whose migration only expands the schema rolls the pods one by one.
# A release that is not expand-only for a service (its release notes say so: reporting-service's V5 was one)
# must run with no old pod of that service left: it is stopped first and brought back to its autoscaler's
# minimum afterwards (re-applying the overlay would leave it at 0, where an autoscaler does nothing).
source "$(dirname "$0")/lib.sh"
overlay=${1:?usage: upgrade.sh <overlay> [--not-expand-only <service> ...]}
shift
stopped=()
if [[ "${1:-}" == --not-expand-only ]]; then
  shift
  stopped=("$@")
  [[ ${#stopped[@]} -gt 0 ]] || die "--not-expand-only names the services whose release is not expand-only"
fi

"$(dirname "$0")/backup.sh"

declare -A replicas=()
for service in "${stopped[@]}"; do
  replicas[$service]=$(wanted_replicas "$service")
  log "stopping $service: its new schema is not for the pods running now"
  kc scale "deployment/$service" --replicas=0
  kc wait pod -l "app.kubernetes.io/name=$service" --for=delete --timeout=5m
done

"$KUBECTL" apply -k "$(overlay_dir "$overlay")"

for service in "${stopped[@]}"; do
  log "starting $service again with ${replicas[$service]} pods"
  kc scale "deployment/$service" --replicas="${replicas[$service]}"
done
for service in registry-service recognition-service reporting-service; do
  kc rollout status "deployment/$service" --timeout=15m
done
"$(dirname "$0")/retain-volumes.sh"
log "upgraded; the backups taken before are listed by: kubectl -n $NS get backups"
