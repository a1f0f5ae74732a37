package vn.dvk.kit.streams;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;

/**
 * One server-sent event stream a replica holds open, admitted by {@link OpenStreams}: whose it is, until when its
 * token holds, and how to send to it. However it ends (the client leaves, a send fails, the token expires, the
 * replica stops) it ends once, and whoever watches it with {@link #whenEnded} is told then.
 */
public final class OpenStream implements StreamHub.Subscriber {

    private static final Logger LOG = Logger.getLogger(OpenStream.class);

    private final SseEventSink sink;
    private final Sse sse;
    private final String user;
    private final Instant expiresAt;
    private final List<Runnable> onEnd = new ArrayList<>();
    private boolean ended;
    private Future<?> expiry;

    OpenStream(SseEventSink sink, Sse sse, String user, Instant expiresAt) {
        this.sink = sink;
        this.sse = sse;
        this.user = user;
        this.expiresAt = expiresAt;
        // the sink closes itself when the client goes; a broadcaster is the API's one way to hear of it
        SseBroadcaster closing = sse.newBroadcaster();
        closing.onClose(closed -> end());
        closing.register(sink);
    }

    @Override
    public OpenStream stream() {
        return this;
    }

    /** The token's subject: the user whose streams the per-user cap counts. */
    public String user() {
        return user;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public synchronized boolean isOpen() {
        return !ended && !sink.isClosed();
    }

    /** Sends an event whose data is JSON, with an id when not null; a failed send ends the stream. */
    public CompletionStage<?> send(String name, String id, String json) {
        OutboundSseEvent.Builder event = sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(json);
        if (id != null) {
            event.id(id);
        }
        return send(event.build());
    }

    /** A comment line: nothing for the client, but it shows whether the connection is still there. */
    void comment(String text) {
        send(sse.newEventBuilder().comment(text).build());
    }

    private CompletionStage<?> send(OutboundSseEvent event) {
        if (!isOpen()) {
            close();
            return CompletableFuture.completedFuture(null);
        }
        try {
            return sink.send(event).whenComplete((ok, failure) -> {
                if (failure != null) {
                    LOG.debugf("Stream of %s dropped: %s", user, failure.toString());
                    close();
                }
            });
        } catch (IllegalStateException closedMeanwhile) {
            close();
            return CompletableFuture.completedFuture(null);
        }
    }

    /** Runs {@code action} when the stream ends, or now if it has. */
    public void whenEnded(Runnable action) {
        synchronized (this) {
            if (!ended) {
                onEnd.add(action);
                return;
            }
        }
        action.run();
    }

    /** Ends the stream: the response is finished and the client's EventSource reconnects. */
    public void close() {
        end();
        sink.close();
    }

    synchronized void expireAt(Future<?> expiry) {
        this.expiry = expiry;
        if (ended) {
            expiry.cancel(false);
        }
    }

    private void end() {
        List<Runnable> actions;
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            if (expiry != null) {
                expiry.cancel(false);
            }
            actions = List.copyOf(onEnd);
            onEnd.clear();
        }
        actions.forEach(Runnable::run);
    }
}
