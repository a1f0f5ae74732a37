#!/usr/bin/env bash
# Runs the whole DVK suite on this machine: builds what is needed, then starts Kafka, PostgreSQL, Keycloak
# and the three services (see deploy/local). Options are passed to the launcher; try --help.
set -euo pipefail
cd "$(dirname "$0")/../.."

# The launcher's options, one source for this script and LaunchOptions: --help and a mistyped option answer
# here, at once, rather than after the build. Values are checked as far as the usage's placeholders tell
# (N and SEC are numbers); the launcher checks the rest.
usage=deploy/local/src/main/resources/dvk-local-usage.txt
for arg in "$@"; do
    if [[ $arg == --help || $arg == -h ]]; then
        cat "$usage"
        exit 0
    fi
done
refuse() {
    echo "start.sh: $1 (deploy/local/start.sh --help lists the options)" >&2
    exit 2
}
for arg in "$@"; do
    name=${arg%%=*}
    [[ $name =~ ^--[a-z][a-z-]*$ ]] || refuse "not an option: $arg"
    # "  --name=PLACEHOLDER  text" or "  --name  text"
    line=$(grep -E -- "^  $name(=[A-Z]+)? " "$usage" || true)
    [[ -n $line ]] || refuse "unknown option: $name"
    placeholder=$(sed -E 's/^  --[a-z-]+(=([A-Z]+))? .*/\2/' <<<"$line")
    if [[ -z $placeholder ]]; then
        [[ $arg == "$name" ]] || refuse "$name takes no value: $arg"
    else
        [[ $arg == "$name="* ]] || refuse "$name needs a value: $name=$placeholder"
        value=${arg#*=}
        if [[ $placeholder == N || $placeholder == SEC ]]; then
            [[ $value =~ ^[0-9]+$ ]] || refuse "$name is not a number: $arg"
        fi
    fi
done

echo "Building the suite (./mvnw install -DskipTests)..."
./mvnw -B -q install -DskipTests
exec java -jar deploy/local/target/dvk-local.jar "$@"
