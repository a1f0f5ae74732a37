#!/usr/bin/env bash
# Rotates the key recognition-service signs certificates with, in two phases, so that no replica ever answers
# NOT_GENUINE for a certificate another replica signed (README.md, "Certificate keys").
#
#   scripts/rotate-certificate-key.sh trust <key-id> <public-key.pem>   phase 1: every pod learns the new key
#   scripts/rotate-certificate-key.sh sign  <key-id> <private-key.pem>  phase 2: the pods sign with it
#
# Make the key with: openssl genpkey -algorithm ed25519 -out <key-id>.pem
#                    openssl pkey -in <key-id>.pem -pubout -out <key-id>.pub.pem
# Phase 2 refuses a key the running pods cannot verify yet. Old public keys stay: certificates already printed
# keep verifying. Remove one only to disown everything it signed.
source "$(dirname "$0")/lib.sh"
need openssl
phase=${1:?usage: rotate-certificate-key.sh trust|sign <key-id> <pem file>}
key_id=${2:?the id of the new key, e.g. cert-2028}
pem=${3:?the PEM file}
[[ "$key_id" =~ ^[A-Za-z0-9._-]+$ ]] || die "a key id is letters, digits, dots, dashes and underscores"
[[ -r "$pem" ]] || die "cannot read $pem"
secret=recognition-certificates

verification=$(secret_value "$secret" verification-keys)
case "$phase" in
  trust)
    public=$(openssl pkey -pubin -in "$pem" -outform DER 2>/dev/null | base64 -w0) \
      || public=$(openssl pkey -in "$pem" -pubout -outform DER | base64 -w0)
    [[ ",$verification," != *",$key_id:"* ]] || die "$key_id is already trusted"
    kc patch secret "$secret" --type merge \
      -p "{\"stringData\":{\"verification-keys\":\"$verification,$key_id:$public\"}}"
    ;;
  sign)
    [[ ",$verification," == *",$key_id:"* ]] || die "run phase 1 (trust) for $key_id first"
    # every pod must have started since phase 1: the Deployment's rollout must be complete
    kc rollout status deployment/recognition-service --timeout=1s >/dev/null \
      || die "recognition-service is still rolling out phase 1"
    private=$(openssl pkey -in "$pem" -outform DER | base64 -w0)
    kc patch secret "$secret" --type merge \
      -p "{\"stringData\":{\"signing-key-id\":\"$key_id\",\"signing-key\":\"$private\"}}"
    ;;
  *) die "phase is trust or sign" ;;
esac
kc rollout restart deployment/recognition-service
kc rollout status deployment/recognition-service --timeout=15m
log "phase $phase of $key_id done"
