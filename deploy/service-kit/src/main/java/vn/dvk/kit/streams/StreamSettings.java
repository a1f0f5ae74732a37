package vn.dvk.kit.streams;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How many server-sent event streams a replica holds, and how it refreshes them. The caps are per replica: a user
 * whose streams land on several replicas may hold {@code maxPerUser} on each.
 */
@ConfigMapping(prefix = "dvk.streams")
public interface StreamSettings {

    /** Streams one user (the token's {@code sub}) may hold open on this replica; the next is refused with 429. */
    @WithDefault("5")
    int maxPerUser();

    /** Streams this replica holds open at most; the next is refused with 503, for another replica to take it. */
    @WithDefault("500")
    int maxPerReplica();

    /** What a refused stream's Retry-After says: roughly how long a dashboard left open lingers before it goes. */
    @WithDefault("30s")
    Duration retryAfter();

    /** Threads that recompute what the streams show after a change, per hub (a service's kind of stream). */
    @WithDefault("2")
    int refreshThreads();

    /** How often a comment is sent on every stream: it keeps proxies from closing a quiet one and finds the dead. */
    @WithDefault("20s")
    Duration heartbeat();
}
