#!/usr/bin/env bash
# Pins PostgreSQL's and Keycloak's images in an overlay's site.env by digest: the tag there is resolved in its
# registry (with crane, else skopeo) and written back as <image>:<tag>@sha256:<digest>.
#
#   scripts/pin-images.sh <overlay>            pins POSTGRES_IMAGE and KEYCLOAK_IMAGE
#   scripts/pin-images.sh --resolve <image>    prints <image>@sha256:<digest>
#
# Choose the tags first (a PostgreSQL minor release, a Keycloak release matching your operator), then pin.
source "$(dirname "$0")/lib.sh"

resolve() {
  local image=${1%@*} digest
  if command -v crane >/dev/null 2>&1; then
    digest=$(crane digest "$image")
  elif command -v skopeo >/dev/null 2>&1; then
    digest=$(skopeo inspect --format '{{.Digest}}' "docker://$image")
  else
    die "crane or skopeo is needed to read a digest from a registry"
  fi
  [[ "$digest" =~ ^sha256:[0-9a-f]{64}$ ]] || die "no digest for $image (got '$digest')"
  printf '%s@%s\n' "$image" "$digest"
}

if [[ "${1:-}" == --resolve ]]; then
  resolve "${2:?--resolve needs an image}"
  exit 0
fi
overlay=${1:?usage: pin-images.sh <overlay> | --resolve <image>}
for key in POSTGRES_IMAGE KEYCLOAK_IMAGE; do
  pinned=$(resolve "$(site_value "$overlay" "$key")")
  set_site_value "$overlay" "$key" "$pinned"
  log "$key=$pinned"
done
