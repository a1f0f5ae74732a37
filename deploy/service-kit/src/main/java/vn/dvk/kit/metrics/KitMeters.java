package vn.dvk.kit.metrics;

/** The meters of the service kit: every service that uses the part (outbox, event inbox, live streams) has them. */
public final class KitMeters implements MeterCatalogue {

    public static final MeterName OUTBOX_BACKLOG = MeterName.gauge("dvk.outbox.backlog");
    public static final MeterName OUTBOX_OLDEST_AGE = MeterName.gauge("dvk.outbox.oldest.age", "seconds");
    public static final MeterName OUTBOX_PUBLISHED = MeterName.counter("dvk.outbox.published");
    public static final MeterName OUTBOX_FAILED_BATCHES = MeterName.counter("dvk.outbox.failed.batches");
    public static final MeterName OUTBOX_SKIPPED_BATCHES = MeterName.counter("dvk.outbox.skipped.batches");

    public static final MeterName CONSUMER_PARKED = MeterName.gauge("dvk.consumer.parked");
    public static final MeterName CONSUMER_PARKED_OLDEST_AGE =
            MeterName.gauge("dvk.consumer.parked.oldest.age", "seconds");
    public static final MeterName CONSUMER_EVENTS = MeterName.counter("dvk.consumer.events");
    public static final MeterName CONSUMER_RETRIES = MeterName.counter("dvk.consumer.retries");

    public static final MeterName STREAMS_OPEN = MeterName.gauge("dvk.streams.open");
    public static final MeterName STREAMS_EXPIRED = MeterName.counter("dvk.streams.expired");
    public static final MeterName STREAMS_REFUSED = MeterName.counter("dvk.streams.refused");
    public static final MeterName STREAMS_REFRESHES = MeterName.counter("dvk.streams.refreshes");
    public static final MeterName STREAMS_REFRESH_QUEUED = MeterName.gauge("dvk.streams.refresh.queued");
    public static final MeterName STREAMS_REFRESH_COALESCED =
            MeterName.functionCounter("dvk.streams.refresh.coalesced");
    public static final MeterName STREAMS_WATCHED = MeterName.gauge("dvk.streams.watched");
}
