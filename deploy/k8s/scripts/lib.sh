#!/usr/bin/env bash
# Shared by the runbook's scripts (source it; it runs nothing by itself). Every script talks to the cluster
# through kc (kubectl in the suite's namespace), so that deploy/k8s's tests can run each procedure against a
# stand-in kubectl and check every resource it names against the rendered overlay.

set -euo pipefail

DVK_K8S=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
NS=${DVK_NAMESPACE:-dvk}
KUBECTL=${KUBECTL:-kubectl}

log() { printf '%s %s\n' "$(date -u +%H:%M:%SZ)" "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# kubectl in the suite's namespace
kc() { "$KUBECTL" -n "$NS" "$@"; }

need() {
  local cmd
  for cmd in "$@"; do
    command -v "$cmd" >/dev/null 2>&1 || die "$cmd is needed and not on the PATH"
  done
}

# the overlay's directory, from its name (dev, prod, <province>) or a path
overlay_dir() {
  local overlay=${1:?overlay name or directory}
  if [[ -d "$overlay" ]]; then (cd "$overlay" && pwd); else
    [[ -d "$DVK_K8S/overlays/$overlay" ]] || die "no overlay $overlay under $DVK_K8S/overlays"
    echo "$DVK_K8S/overlays/$overlay"
  fi
}

# a value of the overlay's site.env
site_value() {
  local dir key=${2:?key}
  dir=$(overlay_dir "$1")
  sed -n "s/^${key}=//p" "$dir/site.env" | tail -n 1
}

# sets KEY=value in the overlay's site.env (the line is replaced where it is)
set_site_value() {
  local dir key=${2:?key} value=${3:?value}
  dir=$(overlay_dir "$1")
  grep -q "^${key}=" "$dir/site.env" || die "$key is not in $dir/site.env"
  sed -i.bak "s|^${key}=.*|${key}=${value}|" "$dir/site.env" && rm -f "$dir/site.env.bak"
}

# a key of a Secret, decoded
secret_value() {
  kc get secret "${1:?secret}" -o "jsonpath={.data.${2:?key}}" | base64 -d
}

# the name of one running pod of a Deployment (a rebuild's status lives in the pod that runs it)
one_pod() {
  local pod
  pod=$(kc get pods -l "app.kubernetes.io/name=${1:?deployment}" --field-selector=status.phase=Running \
    -o 'jsonpath={.items[0].metadata.name}')
  [[ -n "$pod" ]] || die "no running pod of $1"
  echo "$pod"
}

# forwards a local port to a pod's 8080 until the script ends; prints the base URL
PORT_FORWARDS=()
port_forward() {
  local target=${1:?pod/<name> or deployment/<name>} port=${2:-18080}
  kc port-forward "$target" "$port:8080" >/dev/null 2>&1 &
  PORT_FORWARDS+=("$!")
  trap 'kill "${PORT_FORWARDS[@]}" 2>/dev/null || true' EXIT
  local i
  for i in $(seq 1 50); do
    if curl -s -o /dev/null "http://localhost:$port/q/health/live"; then
      echo "http://localhost:$port"
      return 0
    fi
    sleep 0.2
  done
  die "the port-forward to $target did not open (after $i tries)"
}

# the autoscaler's minimum for a Deployment, or its replicas where there is no autoscaler (dev)
wanted_replicas() {
  local min
  min=$(kc get hpa "${1:?deployment}" -o 'jsonpath={.spec.minReplicas}' 2>/dev/null || true)
  echo "${min:-1}"
}

# The Secret <db>-db-runtime of a service's runtime role <db>_app (a managed role of the CloudNativePG cluster
# <db>-db, which sets the role's password from it), labelled so that the operator applies a change at once.
#   runtime_secret <db>             makes it with a random password unless it exists
#   runtime_secret <db> <password>  writes it with that password
runtime_secret() {
  local db=${1:?runtime_secret <db> [password]} password=${2:-}
  local name=$db-db-runtime
  if [[ -z "$password" ]]; then
    if kc get secret "$name" >/dev/null 2>&1; then
      return
    fi
    need openssl
    password=$(openssl rand -hex 24)
  fi
  kc create secret generic "$name" --type=kubernetes.io/basic-auth --dry-run=client -o yaml \
    --from-literal=username="${db}_app" --from-literal=password="$password" \
    | kc label -f - --local --dry-run=client -o yaml cnpg.io/reload=true \
    | kc apply -f -
}
