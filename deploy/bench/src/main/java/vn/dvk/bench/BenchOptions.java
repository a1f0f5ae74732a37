package vn.dvk.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What the benchmark runs against: {@code --repo-root=PATH} the checkout whose packaged services
 * ({@code <service>/target/quarkus-app}) it starts, so that two versions can be compared; {@code --samples=N}
 * measured submissions (and as many Kafka round trips); {@code --warm-up=N} unmeasured ones first;
 * {@code --work-dir=PATH} data and logs; {@code --base-port=N} ports from there (see SuiteLayout);
 * {@code --gap-ms=N} a random pause of up to N ms before each submission (0: back to back); {@code --models=N,M}
 * the sizes a corpus grows through; {@code --clients=N} concurrent clients of a throughput measurement, each
 * running for {@code --duration=SECONDS}; {@code --live-minutes=N} how long the live projection may work on the
 * largest corpus before the rebuild replays it; {@code --rebuild-minutes=N} how long a rebuild is followed (0:
 * until it ends).
 */
record BenchOptions(Path repoRoot, int samples, int warmUp, Path workDirectory, int basePort, int maxGapMillis,
        List<Long> models, int clients, int durationSeconds, int liveMinutes, int rebuildMinutes) {

    static final String USAGE = "latency.sh|search.sh|decision.sh|reporting.sh [--repo-root=PATH] [--samples=N]"
            + " [--warm-up=N] [--work-dir=deploy/bench/target/<bench>-work] [--base-port=19500] [--gap-ms=0 (latency)]"
            + " [--models=10000,1000000 (search, reporting)] [--clients=8] [--duration=30] [--live-minutes=10]"
            + " [--rebuild-minutes=0]"
            + " (reporting)";

    static BenchOptions parse(List<String> args, Path workingDirectory, String workName, int defaultSamples,
            int defaultWarmUp) {
        Path repoRoot = workingDirectory;
        int samples = defaultSamples;
        int warmUp = defaultWarmUp;
        List<Long> models = List.of(10_000L, 1_000_000L);
        Path work = null;
        int basePort = 19500;
        int maxGap = 0;
        int clients = 8;
        int duration = 30;
        int liveMinutes = 10;
        int rebuildMinutes = 0;
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--repo-root=")) {
                repoRoot = Path.of(value).toAbsolutePath();
            } else if (arg.startsWith("--samples=")) {
                samples = Integer.parseInt(value);
            } else if (arg.startsWith("--warm-up=")) {
                warmUp = Integer.parseInt(value);
            } else if (arg.startsWith("--work-dir=")) {
                work = Path.of(value).toAbsolutePath();
            } else if (arg.startsWith("--base-port=")) {
                basePort = Integer.parseInt(value);
            } else if (arg.startsWith("--gap-ms=")) {
                maxGap = Integer.parseInt(value);
            } else if (arg.startsWith("--models=")) {
                models = java.util.Arrays.stream(value.split(",")).map(Long::parseLong).sorted().toList();
            } else if (arg.startsWith("--clients=")) {
                clients = Integer.parseInt(value);
            } else if (arg.startsWith("--duration=")) {
                duration = Integer.parseInt(value);
            } else if (arg.startsWith("--live-minutes=")) {
                liveMinutes = Integer.parseInt(value);
            } else if (arg.startsWith("--rebuild-minutes=")) {
                rebuildMinutes = Integer.parseInt(value);
            } else {
                throw new IllegalArgumentException("Unknown option " + arg + "\nUsage: " + USAGE);
            }
        }
        if (samples < 1 || warmUp < 0 || maxGap < 0 || clients < 1 || duration < 1 || liveMinutes < 0 || rebuildMinutes < 0) {
            throw new IllegalArgumentException("--samples, --clients and --duration must be positive, --warm-up,"
                    + " --gap-ms, --live-minutes and --rebuild-minutes not negative");
        }
        return new BenchOptions(repoRoot, samples, warmUp,
                work != null ? work : workingDirectory.resolve("deploy/bench/target/" + workName), basePort, maxGap,
                models, clients, duration, liveMinutes, rebuildMinutes);
    }
}
