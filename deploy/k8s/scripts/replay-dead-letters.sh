#!/usr/bin/env bash
# Lists a service's dead letters, then replays them (all, or one by id), with an operator token.
#
#   scripts/replay-dead-letters.sh <overlay> <service> [--list | --id <topic/partition/offset>]
#
# Fix the cause first (deploy the fix, restore the missing record): a letter that fails again stays listed
# with the new reason. Replaying is idempotent: a letter already applied changes nothing.
source "$(dirname "$0")/lib.sh"
need curl
overlay=${1:?usage: replay-dead-letters.sh <overlay> <service> [--list | --id <id>]}
service=${2:?which service: registry-service, recognition-service or reporting-service}
mode=${3:-all}

token=$("$(dirname "$0")/ops-token.sh" "$overlay")
base=$(port_forward "deployment/$service" 18081)
auth=(-H "Authorization: Bearer $token")
# each service serves its letters under a root of its own: registry-service → /api/v1/registry-dead-letters
letters="$base/api/v1/${service%-service}-dead-letters"

log "dead letters of $service:"
curl -sS --fail-with-body "${auth[@]}" "$letters"; echo
case "$mode" in
  --list) exit 0 ;;
  --id)
    id=${4:?--id needs the id of a letter (topic/partition/offset)}
    curl -sS --fail-with-body -X POST "${auth[@]}" --get --data-urlencode "id=$id" \
      "$letters/replay"; echo ;;
  all)
    curl -sS --fail-with-body -X POST "${auth[@]}" "$letters/replay"; echo ;;
  *) die "unknown option $mode" ;;
esac
log "left after the replay:"
curl -sS --fail-with-body "${auth[@]}" "$letters"; echo
