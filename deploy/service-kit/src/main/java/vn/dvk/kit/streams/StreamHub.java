package vn.dvk.kit.streams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.dvk.kit.metrics.KitMeters;

/**
 * A service's streams of one kind, grouped by what they watch (the key: the normalised parameters). A change is
 * worked out once per key and sent to all its streams, on a bounded pool that coalesces repeated changes
 * ({@link Refresher}); a key is forgotten when its last stream ends. What a refresh reads and sends is the
 * service's ({@link Refresh}).
 *
 * @param <K> what a stream watches; equal keys share one refresh
 * @param <T> a subscriber: an open stream and whatever the service keeps about it
 */
public final class StreamHub<K, T extends StreamHub.Subscriber> {

    /** One stream of the hub; an {@link OpenStream} is its own subscriber. */
    public interface Subscriber {
        OpenStream stream();
    }

    /** Reads what the key's streams show and sends it to each of them. */
    @FunctionalInterface
    public interface Refresh<K, T> {
        void refresh(K key, Set<T> subscribers);
    }

    private final Map<K, Set<T>> byKey = new ConcurrentHashMap<>();
    private final Refresh<K, T> refresh;
    private final Refresher<K> refresher;
    private final Counter refreshes;

    StreamHub(String name, int threads, Refresh<K, T> refresh, MeterRegistry registry) {
        this.refresh = refresh;
        this.refresher = new Refresher<>(name, threads, this::refreshNow);
        this.refreshes = Counter.builder(KitMeters.STREAMS_REFRESHES.name()).tag("hub", name)
                .description("Refreshes run: one per watched key and change, whatever the number of its streams")
                .register(registry);
        Gauge.builder(KitMeters.STREAMS_REFRESH_QUEUED.name(), refresher, Refresher::queued).tag("hub", name)
                .description("Keys waiting for a refresh (each at most once)").register(registry);
        FunctionCounter.builder(KitMeters.STREAMS_REFRESH_COALESCED.name(), refresher, Refresher::coalesced)
                .tag("hub", name)
                .description("Refreshes asked for a key already waiting, folded into it").register(registry);
        Gauge.builder(KitMeters.STREAMS_WATCHED.name(), byKey, Map::size).tag("hub", name)
                .description("Distinct keys the open streams watch").register(registry);
    }

    /** Adds the stream to those watching {@code key} and has it refreshed (sending the stream what it shows now). */
    public void subscribe(K key, T subscriber) {
        byKey.compute(key, (k, subscribers) -> {
            Set<T> all = subscribers != null ? subscribers : ConcurrentHashMap.newKeySet();
            all.add(subscriber);
            return all;
        });
        subscriber.stream().whenEnded(() -> byKey.computeIfPresent(key, (k, subscribers) -> {
            subscribers.remove(subscriber);
            return subscribers.isEmpty() ? null : subscribers;
        }));
        refresher.request(key);
    }

    /** What this key's streams show may have changed: refresh them (once, however often this is called meanwhile). */
    public void changed(K key) {
        if (byKey.containsKey(key)) {
            refresher.request(key);
        }
    }

    /** Every watched key that {@code which} matches may have changed. */
    public void changed(Predicate<K> which) {
        byKey.keySet().stream().filter(which).forEach(refresher::request);
    }

    /** The keys the open streams watch now. */
    public Set<K> watched() {
        return Set.copyOf(byKey.keySet());
    }

    /** Everything may have changed (a notification listener reconnected, a projection was replaced). */
    public void changedAll() {
        changed(key -> true);
    }

    private void refreshNow(K key) {
        Set<T> subscribers = byKey.getOrDefault(key, Set.of()).stream().filter(s -> s.stream().isOpen())
                .collect(Collectors.toUnmodifiableSet());
        if (!subscribers.isEmpty()) {
            refreshes.increment();
            refresh.refresh(key, subscribers);
        }
    }

    void stop() {
        refresher.stop();
    }
}
