#!/usr/bin/env bash
# Checks that the demo users the documentation names exist in the demo realm (deploy/keycloak/dvk-realm.json), and
# that a council member's "username" and "fullName" in a curl example are that user's name in the realm: a README
# that logs in as a user nobody created, or seats "Nguyễn Thanh Hải" as bloc.reviewer, sends readers astray.
# Looks in every Markdown file of the repository for: $(token NAME), $(sub NAME), act NAME (dotted names),
# `NAME` in backticks when NAME looks like a demo user (unit.…, base.…, bloc.…, province.…, other.…), the
# `auditor` and `operator` rows of a table, "username":"NAME","fullName":"FULL NAME" pairs, and the name column
# of a "| user | name |" table.
# Needs jq. Exit status 1 and one line per problem when any.
# Usage: deploy/local/check-demo-users.sh [repository-root]
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
realm="$root/deploy/keycloak/dvk-realm.json"
declare -A names
while IFS=$'\t' read -r user full; do
  names[$user]=$full
done < <(jq -r '.users[] | select(.username | startswith("service-account-") | not)
                | [.username, ((.lastName // "") + " " + (.firstName // ""))] | @tsv' "$realm")

mapfile -t docs < <(cd "$root" && git ls-files '*.md' 2>/dev/null || find . -name '*.md' -not -path '*/target/*')
problems=0
report() { echo "$1"; problems=$((problems + 1)); }

for doc in "${docs[@]}"; do
  file="$root/$doc"
  # users a command logs in as, and backticked demo-user-like names
  while IFS=: read -r line user; do
    [ -n "${names[$user]+x}" ] || report "$doc:$line: no demo user '$user' in deploy/keycloak/dvk-realm.json"
  done < <(grep -noE '\$\((token|sub) [a-z][a-z0-9._-]*|\bact [a-z]+\.[a-z.]+|`(other\.)?(unit|base|bloc|province|ward|commune)\.[a-z]+`|^\| `(auditor|operator)`' "$file" \
             | sed -E 's/^([0-9]+):(\$\((token|sub) |act |\| )?`?([^`]*)`?$/\1:\4/')
  # a named member must carry the realm's name for that user
  while IFS=$'\t' read -r line user full; do
    if [ -z "${names[$user]+x}" ]; then
      report "$doc:$line: no demo user '$user' in deploy/keycloak/dvk-realm.json"
    elif [ "${names[$user]}" != "$full" ]; then
      report "$doc:$line: '$user' is ${names[$user]} in the realm, not $full"
    fi
  done < <(grep -noE '"username": *"[^"]+", *"fullName": *"[^"]+"' "$file" \
             | sed -E 's/^([0-9]+):"username": *"([^"]+)", *"fullName": *"([^"]+)"$/\1\t\2\t\3/')
  # a table of demo users with a name column gives the realm's names
  if grep -q '^| user | name |' "$file"; then
    while IFS=$'\t' read -r line user full; do
      [ -n "${names[$user]+x}" ] || continue  # another table of the file; unknown users are reported above
      [ "${names[$user]}" = "$full" ] || report "$doc:$line: '$user' is ${names[$user]} in the realm, not $full"
    done < <(grep -noE '^\| `[a-z.]+` \| [^|`]+ \|' "$file" | sed -E 's/^([0-9]+):\| `([^`]+)` \| (.*[^ ]) *\|$/\1\t\2\t\3/')
  fi
done
if [ "$problems" -gt 0 ]; then
  echo "$problems problem(s) with the demo users the documentation names"
  exit 1
fi
echo "every demo user the documentation names is in the realm (${#docs[@]} Markdown files)"
