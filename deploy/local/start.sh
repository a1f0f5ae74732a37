#!/usr/bin/env bash
# Runs the whole DVK suite on this machine: builds what is needed, then starts Kafka, PostgreSQL, Keycloak
# and the three services (see deploy/local). Options are passed to the launcher; try --help.
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "Building the suite (./mvnw install -DskipTests)..."
./mvnw -B -q install -DskipTests
exec java -jar deploy/local/target/dvk-local.jar "$@"
