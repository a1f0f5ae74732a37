#!/usr/bin/env bash
# Gives a service's Kafka user a new password and restarts the service.
#
#   scripts/rotate-kafka-password.sh <service>
#
# Strimzi's User Operator writes a new random password when the user's Secret is deleted. Until the restart,
# the service's open connections keep working and new ones fail; the restart follows at once.
source "$(dirname "$0")/lib.sh"
service=${1:?usage: rotate-kafka-password.sh <service>}

kc get kafkauser "$service" >/dev/null || die "no KafkaUser $service"
kc delete secret "$service"
kc wait "secret/$service" --for=create --timeout=2m
kc rollout restart "deployment/$service"
kc rollout status "deployment/$service" --timeout=15m
log "$service's Kafka password rotated"
