package vn.dvk.kit.streams;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Makes the services' {@link StreamHub}s, each with its bounded refresh pool and metrics, and stops them at the end. */
@ApplicationScoped
public class StreamHubs {

    private final StreamSettings settings;
    private final MeterRegistry registry;
    private final List<StreamHub<?, ?>> hubs = new CopyOnWriteArrayList<>();

    StreamHubs(StreamSettings settings, MeterRegistry registry) {
        this.settings = settings;
        this.registry = registry;
    }

    /** A hub named {@code name} (the metrics' {@code hub} tag) whose keys are refreshed by {@code refresh}. */
    public <K, T extends StreamHub.Subscriber> StreamHub<K, T> create(String name, StreamHub.Refresh<K, T> refresh) {
        StreamHub<K, T> hub = new StreamHub<>(name, settings.refreshThreads(), refresh, registry);
        hubs.add(hub);
        return hub;
    }

    void stop(@Observes ShutdownEvent shutdown) {
        hubs.forEach(StreamHub::stop);
    }
}
