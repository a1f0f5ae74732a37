#!/usr/bin/env bash
# List and search latency of GET /api/v1/models, and the public gallery's, at 10,000 and 1,000,000 models, beside a
# trivial endpoint of the same service (see README.md). Builds this checkout, then runs the benchmark; options go to
# it, e.g. --models=10000,100000,1000000 --samples=50. Maven options (offline mode, a local repository) in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/../.."
# package, not install: the reactor hands the services and the benchmark to it
echo "Building (./mvnw package -DskipTests)..."
./mvnw -B -q ${MAVEN_ARGS:-} package -DskipTests -pl deploy/bench -am
# the public gallery's per-client rate limit is for the public deployment: one client measures it here
export DVK_RATE_LIMIT_ENABLED=false
exec java -Xmx512m -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "deploy/bench/target/dvk-bench.jar:deploy/bench/target/lib/*" vn.dvk.bench.SearchBench "$@"
