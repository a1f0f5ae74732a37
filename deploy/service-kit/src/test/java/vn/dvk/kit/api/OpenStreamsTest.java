package vn.dvk.kit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Streams end when shutdown begins, and none opened while it runs stays open to hold the graceful wait. */
class OpenStreamsTest {

    private final OpenStreams streams = new OpenStreams();

    @Test
    void everyOpenStreamEndsWhenShutdownBeginsAndLaterOnesAreEndedAtOnce() {
        Sink first = new Sink();
        Sink second = new Sink();
        Sink left = new Sink();
        assertTrue(streams.admit(first));
        assertTrue(streams.admit(second));
        assertTrue(streams.admit(left));
        streams.release(left); // the client went away earlier: nothing more to do with it
        assertEquals(2, streams.count());

        streams.closeAll(null);
        assertTrue(first.closed && second.closed, "a stream stayed open through shutdown");
        assertFalse(left.closed, "a released stream is no longer the registry's");
        assertEquals(0, streams.count());

        Sink late = new Sink();
        assertFalse(streams.admit(late), "a stream was admitted after shutdown began");
        assertTrue(late.closed);
    }

    @Test
    void streamsAdmittedWhileShutdownBeginsAreAllEnded() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Sink> sinks = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 0; i < 2_000; i++) {
            Sink sink = new Sink();
            sinks.add(sink);
            clients.execute(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                streams.admit(sink);
            });
        }
        go.countDown();
        streams.closeAll(null);
        clients.shutdown();
        assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(List.of(), sinks.stream().filter(s -> !s.closed).toList(), "streams left open by the race");
        assertEquals(0, streams.count());
    }

    /** A stream as the server holds it; closing it ends the response. */
    private static final class Sink implements SseEventSink {
        volatile boolean closed;

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public CompletionStage<?> send(OutboundSseEvent event) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
