package vn.dvk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import vn.dvk.testing.suite.RestartableSuite;
import vn.dvk.testing.suite.SuiteLayout;

/**
 * Submit → case visible in recognition, beside the plain Kafka round trip on the same broker, on the suite the
 * fault-injection test uses (one replica of each service, own PostgreSQL each, a broker process). See
 * deploy/bench/README.md.
 */
public final class LatencyBench {

    /** Held so that the levels stay set: the log manager may forget loggers nobody references. */
    private static final List<Logger> QUIET = Stream.of("org.apache.kafka", "kafka", "com.github.tomakehurst",
            "wiremock", "org.eclipse.jetty").map(Logger::getLogger).toList();

    private LatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
        BenchOptions options;
        try {
            options = BenchOptions.parse(List.of(args), Path.of("").toAbsolutePath());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        deleteTree(options.workDirectory());
        System.out.println("Services from " + options.repoRoot() + "; data and logs in " + options.workDirectory());
        try (RestartableSuite suite = RestartableSuite.start(new SuiteLayout(options.repoRoot(),
                options.workDirectory(), 1, options.basePort(), Duration.ofSeconds(180)))) {
            System.out.println("Suite ready in " + suite.startTimes().get("whole suite").toMillis() + " ms; measuring "
                    + options.samples() + " samples after " + options.warmUp() + " warm-up ones...");
            Latencies hop = Latencies.of("submit (200) → case row in recognition", new SubmitToCase(
                    suite.replicas(RestartableSuite.REGISTRY).get(0), suite.database(RestartableSuite.RECOGNITION))
                    .measure(options.warmUp(), options.samples(), options.maxGapMillis()));
            Latencies floor = Latencies.of("Kafka producer → consumer round trip",
                    new KafkaRoundTrip(suite.kafka().bootstrapServers()).measure(options.warmUp(), options.samples()));
            System.out.println();
            System.out.println(hop.line());
            System.out.println(floor.line());
            System.out.printf("ratio of medians: %.1f×%n", (double) hop.median() / floor.median());
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
