#!/usr/bin/env bash
# Gives a database's roles new passwords and restarts what uses them.
#
#   scripts/rotate-db-password.sh <cluster>      (registry-db, recognition-db, reporting-db or keycloak-db)
#
# CloudNativePG keeps the owner's password in step with the Secret <cluster>-app. Every key of that Secret is
# rewritten (password, and the uri, jdbc-uri and pgpass that embed it), never the password alone. A service's
# cluster has a second role, the one the service runs as (<db>_app, Secret <cluster>-runtime, a managed role):
# it gets a new password too. Then the service (or Keycloak) is restarted pod by pod. Connections already open
# keep working until their pod goes.
source "$(dirname "$0")/lib.sh"
need openssl
cluster=${1:?usage: rotate-db-password.sh <cluster>}
secret=$cluster-app

username=$(secret_value "$secret" username)
dbname=$(secret_value "$secret" dbname)
host=$cluster-rw
password=$(openssl rand -hex 24)
log "new password for $username on $cluster"
kc create secret generic "$secret" --dry-run=client -o yaml \
  --from-literal=username="$username" --from-literal=user="$username" \
  --from-literal=password="$password" --from-literal=dbname="$dbname" \
  --from-literal=host="$host" --from-literal=port=5432 \
  --from-literal=uri="postgresql://$username:$password@$host.$NS:5432/$dbname" \
  --from-literal=jdbc-uri="jdbc:postgresql://$host.$NS:5432/$dbname?password=$password&user=$username" \
  --from-literal=pgpass="$host:5432:$dbname:$username:$password" \
  | kc apply -f -

# waits until the operator has set the password on the role: a new connection with it succeeds
primary=$(kc get cluster.postgresql.cnpg.io "$cluster" -o 'jsonpath={.status.currentPrimary}')
await_login() {
  local user=$1 attempt
  for attempt in $(seq 1 30); do
    if kc exec "$primary" -c postgres -- env PGPASSWORD="$password" \
        psql -h localhost -U "$user" -d "$dbname" -tAc 'select 1' >/dev/null 2>&1; then
      return
    fi
    [[ "$attempt" -lt 30 ]] || die "$user's password did not change within a minute: the old one still works"
    sleep 2
  done
}
await_login "$username"

if [[ "$cluster" != keycloak-db ]]; then
  db=${cluster%-db}
  password=$(openssl rand -hex 24)
  log "new password for ${db}_app on $cluster"
  runtime_secret "$db" "$password"
  await_login "${db}_app"
fi

if [[ "$cluster" == keycloak-db ]]; then
  kc rollout restart statefulset/dvk-keycloak
  kc rollout status statefulset/dvk-keycloak --timeout=15m
else
  kc rollout restart "deployment/${cluster%-db}-service"
  kc rollout status "deployment/${cluster%-db}-service" --timeout=15m
fi
log "$cluster's password rotated"
