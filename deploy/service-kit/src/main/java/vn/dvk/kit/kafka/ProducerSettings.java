package vn.dvk.kit.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long the suite's Kafka producer may take over a record. Together they bound the time after which a
 * record's fate is known: {@code send} blocks at most {@link #maxBlock()}, and its callback fires at most
 * {@link #deliveryTimeout()} later, acknowledged or failed for good. Whoever waits for an acknowledgement waits
 * longer than that, so that a record given up on can never still land afterwards.
 */
@ConfigMapping(prefix = "dvk.kafka.producer")
public interface ProducerSettings {

    /** Kafka's delivery.timeout.ms: retries included, after this the record has failed. */
    @WithDefault("20s")
    Duration deliveryTimeout();

    /** Kafka's request.timeout.ms for one request to the broker. */
    @WithDefault("5s")
    Duration requestTimeout();

    /** Kafka's max.block.ms: how long send may wait for metadata or buffer space. */
    @WithDefault("5s")
    Duration maxBlock();

    /** The longest time from calling send until its callback has certainly fired. */
    default Duration completionBound() {
        return maxBlock().plus(deliveryTimeout());
    }
}
