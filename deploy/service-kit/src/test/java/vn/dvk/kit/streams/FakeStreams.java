package vn.dvk.kit.streams;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jboss.resteasy.reactive.server.jaxrs.SseImpl;

/** Streams as the server holds them, without a server: for the unit tests of {@link OpenStreams}. */
final class FakeStreams {

    private FakeStreams() {
    }

    static OpenStreams registry(int maxPerUser, int maxPerReplica) {
        StreamSettings settings = new StreamSettings() {
            @Override
            public int maxPerUser() {
                return maxPerUser;
            }

            @Override
            public int maxPerReplica() {
                return maxPerReplica;
            }

            @Override
            public Duration retryAfter() {
                return Duration.ofSeconds(30);
            }

            @Override
            public int refreshThreads() {
                return 1;
            }

            @Override
            public Duration heartbeat() {
                return Duration.ofSeconds(20);
            }
        };
        return new OpenStreams(settings, null, new ObjectMapper(), new SimpleMeterRegistry());
    }

    /** Builds real events; its broadcasters only tell when a {@link Sink} closes. */
    static final class FakeSse implements Sse {
        private final Sse real = new SseImpl();

        @Override
        public OutboundSseEvent.Builder newEventBuilder() {
            return real.newEventBuilder();
        }

        @Override
        public SseBroadcaster newBroadcaster() {
            return new CloseWatcher();
        }
    }

    /** A stream's response; closing it ends the response, as the client leaving does. */
    static final class Sink implements SseEventSink {
        final List<OutboundSseEvent> sent = new CopyOnWriteArrayList<>();
        volatile boolean closed;
        private volatile Runnable onClose = () -> { };

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public CompletionStage<?> send(OutboundSseEvent event) {
            if (closed) {
                throw new IllegalStateException("Already closed");
            }
            sent.add(event);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void close() {
            closed = true;
            onClose.run();
        }
    }

    private static final class CloseWatcher implements SseBroadcaster {
        private final List<Consumer<SseEventSink>> listeners = new CopyOnWriteArrayList<>();

        @Override
        public void onError(BiConsumer<SseEventSink, Throwable> onError) {
        }

        @Override
        public void onClose(Consumer<SseEventSink> onClose) {
            listeners.add(onClose);
        }

        @Override
        public void register(SseEventSink sink) {
            ((Sink) sink).onClose = () -> listeners.forEach(listener -> listener.accept(sink));
        }

        @Override
        public CompletionStage<?> broadcast(OutboundSseEvent event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }

        @Override
        public void close(boolean cascading) {
        }
    }
}
