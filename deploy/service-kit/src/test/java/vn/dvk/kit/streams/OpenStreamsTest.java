package vn.dvk.kit.streams;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.dvk.kit.problems.RetryLaterProblem;
import vn.dvk.kit.streams.FakeStreams.FakeSse;
import vn.dvk.kit.streams.FakeStreams.Sink;

/**
 * Streams end when shutdown begins, and none opened while it runs stays open to hold the graceful wait; the caps
 * count streams until they end, however they end. (StreamLimitsTest covers the same through HTTP with real tokens.)
 */
class OpenStreamsTest {

    private static final Instant LATER = Instant.now().plus(Duration.ofHours(1));

    private final OpenStreams streams = FakeStreams.registry(5, 10_000);
    private final FakeSse sse = new FakeSse();

    @Test
    void everyOpenStreamEndsWhenShutdownBeginsAndLaterOnesAreEndedAtOnce() {
        Sink first = new Sink();
        Sink second = new Sink();
        Sink left = new Sink();
        assertTrue(streams.open("a", LATER, first, sse).isPresent());
        assertTrue(streams.open("a", LATER, second, sse).isPresent());
        assertTrue(streams.open("b", LATER, left, sse).isPresent());
        left.close(); // the client went away earlier
        assertEquals(2, streams.count());

        streams.closeAll(null);
        assertTrue(first.closed && second.closed, "a stream stayed open through shutdown");
        assertEquals(0, streams.count());

        Sink late = new Sink();
        assertFalse(streams.open("c", LATER, late, sse).isPresent(), "a stream was admitted after shutdown began");
        assertTrue(late.closed);
    }

    @Test
    void anAdmittedStreamHasWrittenItsHeadBeforeAnyoneCanSendToIt() {
        Sink sink = new Sink();
        assertTrue(streams.open("a", LATER, sink, sse).isPresent());
        // a send on the request's own thread writes the response's head, so a refresh on another thread never races
        // the framework to write it
        assertEquals(1, sink.sent.size());
        assertTrue(sink.sent.get(0).getComment() != null && sink.sent.get(0).getName() == null);
    }

    @Test
    void streamsAdmittedWhileShutdownBeginsAreAllEnded() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Sink> sinks = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 0; i < 2_000; i++) {
            Sink sink = new Sink();
            sinks.add(sink);
            String user = "user-" + i;
            clients.execute(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                streams.open(user, LATER, sink, sse);
            });
        }
        go.countDown();
        streams.closeAll(null);
        clients.shutdown();
        assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(List.of(), sinks.stream().filter(s -> !s.closed).toList(), "streams left open by the race");
        assertEquals(0, streams.count());
    }

    @Test
    void aUserOverTheCapIsRefusedUntilOneOfTheirStreamsEnds() {
        OpenStreams capped = FakeStreams.registry(2, 3);
        Sink first = new Sink();
        capped.open("a", LATER, first, sse);
        capped.open("a", LATER, new Sink(), sse);
        RetryLaterProblem refused = assertThrows(RetryLaterProblem.class,
                () -> capped.open("a", LATER, new Sink(), sse));
        assertEquals(429, refused.status().getStatusCode());
        assertEquals(Duration.ofSeconds(30), refused.retryAfter());

        capped.open("b", LATER, new Sink(), sse); // another user still may: the replica holds 3
        assertEquals(503, assertThrows(RetryLaterProblem.class, () -> capped.open("c", LATER, new Sink(), sse))
                .status().getStatusCode());

        first.close(); // the client left
        Sink again = new Sink();
        assertTrue(capped.open("a", LATER, again, sse).isPresent());
        assertFalse(again.closed);
    }

    @Test
    void aStreamIsToldItsTokenExpiredAndEnded() {
        Sink sink = new Sink();
        Optional<OpenStream> stream = streams.open("a", Instant.now().plusMillis(300), sink, sse);
        assertTrue(stream.isPresent());
        await().atMost(Duration.ofSeconds(10)).until(() -> sink.closed);
        assertEquals("expired", sink.sent.get(sink.sent.size() - 1).getName());
        assertTrue(sink.sent.get(sink.sent.size() - 1).getData().toString().contains("token-expired"));
        assertFalse(stream.get().isOpen());
        assertEquals(0, streams.count());
    }
}
