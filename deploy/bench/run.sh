#!/usr/bin/env bash
# Every hot path of the suite beside its baseline, in one run (see README.md): starts the suite as the launcher
# does (deploy/local: Keycloak, durable PostgreSQL, Kafka, the three services, the demo data), then wrk, pgbench,
# a Kafka round trip, each service's memory and start. Prints the table and writes it to
# deploy/bench/target/suite-report.{md,json}. Options go to the benchmark: --duration=10 (seconds per path; 60
# for a longer run), --clients=8 (wrk's and pgbench's connections), --samples=50 --warm-up=5 (submit → case),
# --base-port=19500 (ports from there), --work-dir=deploy/bench/target/suite-work. --no-build skips the build.
# Maven options (offline mode, a local repository) in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v pgbench >/dev/null || missing+=(postgresql-client)
if ((${#missing[@]})); then
    echo "run.sh needs ${missing[*]}: apt-get install -y ${missing[*]}" >&2
    exit 2
fi

build=true
args=()
for arg in "$@"; do
    if [[ $arg == --no-build ]]; then build=false; else args+=("$arg"); fi
done
if $build; then
    # package, not install: the reactor hands the launcher and the services to the benchmark
    echo "Building the services, the launcher and the benchmark (./mvnw package -DskipTests)..."
    read -ra maven_args <<<"${MAVEN_ARGS:-}"
    ./mvnw -B -q "${maven_args[@]}" package -DskipTests -pl deploy/bench -am
fi
exec java -Xmx512m -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "deploy/bench/target/dvk-bench.jar:deploy/bench/target/lib/*" vn.dvk.bench.SuiteBench "${args[@]}"
