#!/usr/bin/env bash
# Prints an access token with the realm role operator (and nothing else): client credentials of the realm's
# confidential client dvk-ops, whose service account holds that role. Needed by replay-dead-letters.sh and
# rebuild-projections.sh.
#
#   scripts/ops-token.sh <overlay>
#
# The client's secret is Keycloak's: after installing, copy it once from the admin console (Clients → dvk-ops →
# Credentials) into the Secret dvk-ops-client (key client-secret), which is where this script reads it:
#   kubectl -n dvk create secret generic dvk-ops-client --from-literal=client-secret=<secret>
# Tokens live 15 minutes (the realm's accessTokenLifespan); ask again for a longer procedure.
source "$(dirname "$0")/lib.sh"
need curl base64
overlay=${1:?usage: ops-token.sh <overlay>}

auth_host=$(site_value "$overlay" AUTH_HOST)
secret=$(secret_value dvk-ops-client client-secret)
response=$(curl -sS --fail-with-body -X POST "https://$auth_host/realms/dvk/protocol/openid-connect/token" \
  -d grant_type=client_credentials -d client_id=dvk-ops --data-urlencode "client_secret=$secret") \
  || die "Keycloak refused the dvk-ops client: $response"
token=$(printf '%s' "$response" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[[ -n "$token" ]] || die "no access_token in Keycloak's answer"
printf '%s\n' "$token"
