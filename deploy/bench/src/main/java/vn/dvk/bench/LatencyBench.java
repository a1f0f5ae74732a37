package vn.dvk.bench;

import vn.dvk.testing.suite.RestartableSuite;

/**
 * Submit → case visible in recognition, beside the plain Kafka round trip on the same broker, on the suite the
 * fault-injection test uses (one replica of each service, own PostgreSQL each, a broker process). See
 * deploy/bench/README.md.
 */
public final class LatencyBench {

    /** Held so that the levels stay set: the log manager may forget loggers nobody references. */

    private LatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchSuite.prepare(args, "latency-work", 200, 30);
        System.out.println("Services from " + options.repoRoot() + "; data and logs in " + options.workDirectory());
        try (RestartableSuite suite = BenchSuite.start(options)) {
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
}
