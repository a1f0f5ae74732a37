#!/usr/bin/env bash
# Time to issue one decision over 1, 100 and 500 cases, and to render and to verify one certificate (see
# README.md). Builds this checkout, then runs the benchmark; options go to it, e.g. --samples=5 --warm-up=1.
# Maven options (offline mode, a local repository) in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "Building (./mvnw install -DskipTests)..."
./mvnw -B -q ${MAVEN_ARGS:-} install -DskipTests
exec java -Xmx512m -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "deploy/bench/target/dvk-bench.jar:deploy/bench/target/lib/*" vn.dvk.bench.DecisionBench "$@"
