#!/usr/bin/env bash
# The reporting service's figures (see README.md): dashboard reads under concurrent load beside a trivial endpoint,
# recognition → funnel, read latency at growing numbers of models projected from events, and a rebuild of the
# projections. Builds this checkout, then runs the benchmark; options go to it, e.g. --models=10000,1000000
# --clients=8 --duration=30 --samples=50 --live-minutes=10. Maven options (offline mode, a local repository) in
# MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "Building (./mvnw install -DskipTests)..."
./mvnw -B -q ${MAVEN_ARGS:-} install -DskipTests
exec java -Xmx1g -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "deploy/bench/target/dvk-bench.jar:deploy/bench/target/lib/*" vn.dvk.bench.ReportingBench "$@"
