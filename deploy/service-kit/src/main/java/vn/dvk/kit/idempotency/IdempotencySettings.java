package vn.dvk.kit.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long an Idempotency-Key is kept and how long a retry waits for the request it repeats. */
@ConfigMapping(prefix = "dvk.idempotency")
public interface IdempotencySettings {

    /**
     * Whether the service keeps keys at all (read at build time: the pruning job exists only then). A service that
     * does also names {@code idempotency} in {@code dvk.migrations.kit-modules}.
     */
    @WithDefault("false")
    boolean enabled();

    /** How long a request waits for another with the same key, still running, to commit its answer. */
    @WithDefault("10s")
    Duration concurrentWait();

    /** How long a key is kept: longer than any client goes on retrying. */
    @WithDefault("24h")
    Duration retention();
}
