#!/usr/bin/env bash
# Sets how many pods a service runs: the autoscaler's bounds where there is one (prod), else the replicas.
#
#   scripts/scale.sh <service> <min> [<max>] [--beyond-partitions]
#
# A consumer group uses at most one consumer per partition: above the partitions of the topics a service
# consumes, more pods serve HTTP but consume nothing (README.md, "Scaling"); that needs --beyond-partitions.
source "$(dirname "$0")/lib.sh"
service=${1:?usage: scale.sh <service> <min> [<max>] [--beyond-partitions]}
min=${2:?the minimum number of pods}
max=${3:-$min}
beyond=${4:-}
[[ "$min" =~ ^[0-9]+$ && "$max" =~ ^[0-9]+$ && "$min" -le "$max" ]] || die "min and max must be numbers, min <= max"

partitions=$(kc get kafkatopic registry.model-events -o 'jsonpath={.spec.partitions}')
if [[ "$max" -gt "$partitions" && "$beyond" != --beyond-partitions ]]; then
  die "$max pods for $partitions partitions: raise the partitions first, or say --beyond-partitions"
fi
if kc get hpa "$service" >/dev/null 2>&1; then
  [[ "$min" -ge 1 ]] || die "an autoscaler cannot run at 0 (it stops acting): scale the Deployment instead"
  kc patch hpa "$service" --type merge -p "{\"spec\":{\"minReplicas\":$min,\"maxReplicas\":$max}}"
  # an autoscaler does nothing for a target at 0 replicas: bring it up to the minimum
  current=$(kc get deployment "$service" -o 'jsonpath={.spec.replicas}')
  [[ "${current:-0}" -ge "$min" ]] || kc scale "deployment/$service" --replicas="$min"
else
  kc scale "deployment/$service" --replicas="$min"
fi
kc rollout status "deployment/$service" --timeout=10m
