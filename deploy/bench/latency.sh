#!/usr/bin/env bash
# Submit → case visible in recognition, against a plain Kafka round trip on the same broker (see README.md).
# Builds this checkout (the benchmark and, unless --repo-root points elsewhere, the services it runs), then
# runs the benchmark; options go to it, e.g. --repo-root=/path/to/other/checkout --samples=200.
# Maven options (a local repository, offline mode) can be passed in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "Building (./mvnw install -DskipTests)..."
./mvnw -B -q install -DskipTests
exec java -Xmx512m -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "deploy/bench/target/dvk-bench.jar:deploy/bench/target/lib/*" vn.dvk.bench.LatencyBench "$@"
