package vn.dvk.kit.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** How the outbox relay publishes: where to, how often it looks without being woken, how long rows are kept. */
@ConfigMapping(prefix = "dvk.outbox")
public interface OutboxSettings {

    /** The Kafka topic the service's events go to unless they name another. */
    String topic();

    /** Further topics events may name (deploy/k8s's tests grant the service Write on each). */
    Optional<Set<String>> topics();

    /** The CloudEvents source of the service's events, for example {@code /dvk/registry-service}. */
    URI source();

    /**
     * How often the relay looks for unpublished rows without being woken. Commits wake it at once (PostgreSQL
     * NOTIFY); this is the safety net for a lost notification or a listener reconnecting.
     */
    @WithDefault("2s")
    Duration pollInterval();

    /** Rows read and sent per transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long published rows are kept (for inspection and a replay by hand) before they are deleted. */
    @WithDefault("7d")
    Duration retention();
}
