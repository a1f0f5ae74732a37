#!/usr/bin/env bash
# Rebuilds reporting's projections from the topics, online (deploy/k8s/README.md, "Rebuilding the reporting
# projections"), and follows it to the end.
#
#   scripts/rebuild-projections.sh <overlay>
#
# The rebuild runs in one reporting pod, which records its progress for every replica to answer; the script starts
# it and follows it through that pod's port-forward.
# If reporting's database was lost, start reporting on an empty database first (its Flyway creates the schema;
# the live consumers go on from their offsets) and then run this: the rebuild projects everything before them.
source "$(dirname "$0")/lib.sh"
need curl
overlay=${1:?usage: rebuild-projections.sh <overlay>}
poll_seconds=${DVK_POLL_SECONDS:-10}

token=$("$(dirname "$0")/ops-token.sh" "$overlay")
pod=$(one_pod reporting-service)
base=$(port_forward "pod/$pod" 18083)
auth=(-H "Authorization: Bearer $token")

log "starting the rebuild in $pod"
status=$(curl -sS --fail-with-body -X POST "${auth[@]}" "$base/api/v1/projections/rebuild") \
  || die "the rebuild did not start: $status"
while :; do
  state=$(printf '%s' "$status" | sed -n 's/.*"state":"\([A-Z]*\)".*/\1/p')
  log "$state $(printf '%s' "$status" | sed -n 's/.*"eventsApplied":\([0-9]*\).*"eventsTotal":\([0-9]*\).*/\1 of \2 events/p')"
  case "$state" in
    DONE) exit 0 ;;
    FAILED) die "the rebuild failed (the live tables are unchanged): $status" ;;
    RUNNING | SWITCHING) ;;
    *) die "unexpected answer: $status" ;;
  esac
  sleep "$poll_seconds"
  # a token lives 15 minutes; a million-model rebuild takes longer
  token=$("$(dirname "$0")/ops-token.sh" "$overlay")
  auth=(-H "Authorization: Bearer $token")
  status=$(curl -sS --fail-with-body "${auth[@]}" "$base/api/v1/projections/rebuild")
done
