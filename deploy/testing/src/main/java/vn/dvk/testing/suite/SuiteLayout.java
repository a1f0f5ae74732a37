package vn.dvk.testing.suite;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where a {@link RestartableSuite} runs: the checkout whose packaged services it starts, a working directory for
 * data and logs, how many replicas of each service, and the ports, counted from {@code basePort}: Kafka
 * {@code +92} (controller {@code +93}), PostgreSQL {@code +32..+34} (registry, recognition, reporting), services
 * {@code +100 + 10·service + replica}.
 */
public record SuiteLayout(Path repoRoot, Path workDirectory, int replicas, int basePort, Duration readyTimeout) {

    public SuiteLayout {
        if (replicas < 1 || replicas > 9) {
            throw new IllegalArgumentException("replicas must be 1..9, not " + replicas);
        }
    }

    int kafkaPort() {
        return basePort + 92;
    }

    int kafkaControllerPort() {
        return basePort + 93;
    }

    int databasePort(int service) {
        return basePort + 32 + service;
    }

    int servicePort(int service, int replica) {
        return basePort + 100 + 10 * service + replica;
    }

    Path jar(String service) {
        return repoRoot.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
