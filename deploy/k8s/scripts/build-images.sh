#!/usr/bin/env bash
# Builds the three services' images on the runtime base and the web app's on nginx-unprivileged, pushes them to
# your registry, and writes each pushed digest into an overlay's site.env (README.md, "Images"). Signs them and
# attaches the services' SBOMs if cosign is installed (cosign's own key or keyless configuration applies).
#
#   scripts/build-images.sh <overlay> <registry>/<path> [<base image>:<tag>@sha256:<digest>]
#     e.g. scripts/build-images.sh prod registry.dvk.an-giang.example/dvk
#
# Registry credentials: Jib reads them from ~/.docker/config.json (docker login / podman login writes it) or
# from QUARKUS_CONTAINER_IMAGE_USERNAME and QUARKUS_CONTAINER_IMAGE_PASSWORD. The base must be pinned by digest:
# the default is resolved with crane or skopeo (scripts/pin-images.sh's resolver) when not given; so is the web
# app's (DVK_WEB_BASE, by digest too). The web app's image is assembled with crane (its bundle as one layer on the
# base): crane reads the same credentials.
source "$(dirname "$0")/lib.sh"
overlay=${1:?usage: build-images.sh <overlay> <registry>/<path> [<base image>@sha256:<digest>]}
target=${2:?where to push, e.g. registry.example/dvk}
base=${3:-}
root=$(cd "$DVK_K8S/../.." && pwd)
mvnw=${MVNW:-$root/mvnw}
registry=${target%%/*}
group=${target#*/}
[[ "$registry" != "$target" && -n "$group" ]] || die "give the registry and a path: <registry>/<path>"

# the parent's own version (the first <version> after the parent's artifactId)
version=$(awk '/<artifactId>dvk-parent<\/artifactId>/{found=1} found && /<version>/{gsub(/.*<version>|<\/version>.*/,""); print; exit}' "$root/pom.xml")
[[ -n "$version" ]] || die "cannot read the version from $root/pom.xml"
if [[ "$overlay" != dev && "$version" == *SNAPSHOT* ]]; then
  die "$version is a snapshot: release a version first (only dev runs snapshots)"
fi
if [[ -z "$base" ]]; then
  base=$("$(dirname "$0")/pin-images.sh" --resolve registry.access.redhat.com/ubi9/openjdk-17-runtime:1.23)
fi
[[ "$base" =~ @sha256:[0-9a-f]{64}$ ]] || die "the base image must be pinned by digest: $base"

log "building and pushing $target/<service>:$version on $base"
"$mvnw" -B -ntp package -DskipTests -pl registry-service,recognition-service,reporting-service,deploy/web-app -am \
  -Ddvk.image.base="$base" -Dquarkus.container-image.push=true \
  -Dquarkus.container-image.registry="$registry" -Dquarkus.container-image.group="$group" \
  -Dquarkus.container-image.tag="$version"

for service in registry-service recognition-service reporting-service; do
  digest=$(cat "$root/$service/target/jib-image.digest")
  [[ "$digest" =~ ^sha256:[0-9a-f]{64}$ ]] || die "$service: no digest from the push ($digest)"
  image=$target/$service:$version@$digest
  key=$(printf '%s' "$service" | tr '[:lower:]-' '[:upper:]_')_IMAGE
  set_site_value "$overlay" "$key" "$image"
  log "$key=$image"
  if command -v cosign >/dev/null 2>&1; then
    cosign sign --yes "$image"
    cosign attest --yes --type cyclonedx --predicate "$root/$service/target/quarkus-run-cyclonedx.json" "$image"
  else
    log "cosign not installed: $service is not signed (README.md, \"Images\")"
  fi
done
# The web app: its bundle (deploy/web-app, built above) as one layer on nginx-unprivileged, by crane: no Docker
# daemon, nothing booted. Its server configuration and /config.json come from the ConfigMap dvk-web-app
# (base/web), not from the image, so one image serves every site.
web_base=${DVK_WEB_BASE:-$("$(dirname "$0")/pin-images.sh" --resolve docker.io/nginxinc/nginx-unprivileged:1.29-alpine)}
[[ "$web_base" =~ @sha256:[0-9a-f]{64}$ ]] || die "the web app's base image must be pinned by digest: $web_base"
bundle=$root/deploy/web-app/target/classes/web-app
[[ -f "$bundle/index.html" ]] || die "no web app bundle in $bundle: the build did not make it"
layer=$(mktemp -d)/web-app.tar
# owned by root and readable by all (nginx runs as 101), the same bytes for the same bundle
tar -C "$bundle" --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 --mode=a+rX,go-w \
  --transform 's,^\.,usr/share/nginx/html,' -cf "$layer" .
web=$target/web-app:$version
log "building and pushing $web on $web_base"
crane append --base "$web_base" --new_layer "$layer" --new_tag "$web"
digest=$(crane digest "$web")
[[ "$digest" =~ ^sha256:[0-9a-f]{64}$ ]] || die "web-app: no digest from the push ($digest)"
set_site_value "$overlay" WEB_APP_IMAGE "$web@$digest"
log "WEB_APP_IMAGE=$web@$digest"
if command -v cosign >/dev/null 2>&1; then
  cosign sign --yes "$web@$digest"
fi
log "site.env updated: review and commit $(overlay_dir "$overlay")/site.env, then scripts/upgrade.sh $overlay"
