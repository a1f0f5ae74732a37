package vn.dvk.kit.api;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server-sent event streams a replica holds open, ended together when it begins to shut down. A stream never
 * finishes by itself, so the graceful wait for requests in flight would otherwise last its whole timeout on
 * every replica that stops (each rollout, each scale-down); ended at once, each browser's EventSource reconnects
 * to a replica that stays. Shutdown begins with {@link ShutdownDelayInitiatedEvent} (the kit's configuration
 * enables it), before that wait.
 */
@ApplicationScoped
public class OpenStreams {

    private final Set<SseEventSink> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    /**
     * Holds the stream open, or ends it at once if this replica is shutting down.
     *
     * @return whether the stream is open (the caller sends to it only then)
     */
    public boolean admit(SseEventSink sink) {
        if (closing) {
            sink.close();
            return false;
        }
        open.add(sink);
        if (closing && open.remove(sink)) {
            sink.close(); // shutdown began while it was being admitted
            return false;
        }
        return true;
    }

    /** The stream ended (the client left, or a send failed). */
    public void release(SseEventSink sink) {
        open.remove(sink);
    }

    public int count() {
        return open.size();
    }

    void closeAll(@Observes ShutdownDelayInitiatedEvent shutdown) {
        closing = true;
        for (SseEventSink sink : Set.copyOf(open)) {
            open.remove(sink);
            sink.close();
        }
    }
}
