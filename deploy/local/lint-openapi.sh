#!/usr/bin/env bash
# Lints the OpenAPI documents of a running suite (deploy/local/start.sh) with the recommended rule sets of Spectral
# (spectral:oas) and Redocly, fetched by npx (needs npm). Any error fails the script; warnings are printed.
# Usage: deploy/local/lint-openapi.sh [registry-url recognition-url reporting-url]
set -euo pipefail
urls=("${@:-}")
if [ -z "${urls[0]}" ]; then
  urls=(http://localhost:8081 http://localhost:8082 http://localhost:8083)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
files=()
for url in "${urls[@]}"; do
  file="$work/$(echo "$url" | sed -E 's#[^A-Za-z0-9]+#-#g').json"
  curl -sf "$url/q/openapi?format=json" -o "$file"
  files+=("$file")
done
printf 'extends: ["spectral:oas"]\n' > "$work/.spectral.yaml"
echo "== Spectral (spectral:oas)"
npx -y @stoplight/spectral-cli@6 lint -r "$work/.spectral.yaml" --fail-severity error "${files[@]}"
echo "== Redocly (recommended)"
npx -y @redocly/cli@2 lint "${files[@]}"
