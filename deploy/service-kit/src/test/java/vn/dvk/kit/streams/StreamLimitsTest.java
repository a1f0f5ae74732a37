package vn.dvk.kit.streams;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dvk.kit.metrics.KitMeters;
import vn.dvk.testing.EventStreamClient;
import vn.dvk.testing.TestTokens;

/**
 * Through HTTP, with real signed tokens: a stream ends when its token expires, a user and a replica hold at most
 * their caps (2 and 4 in the kit's test configuration), and streams watching the same key share each refresh.
 */
@QuarkusTest
class StreamLimitsTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(20);

    @TestHTTPResource("/test/streams")
    URI streams;

    @Inject
    OpenStreams open;

    @Inject
    TopicStreams topics;

    @Inject
    MeterRegistry registry;

    private final List<EventStreamClient> clients = new ArrayList<>();

    @AfterEach
    void closeStreams() {
        clients.forEach(EventStreamClient::close);
        await().atMost(EVENTUALLY).until(() -> open.count() == 0);
    }

    @Test
    void aStreamEndsWhenItsTokenExpiresWithAnEventSayingSo() throws Exception {
        EventStreamClient stream = open("expiry", TestTokens.expiringIn(Duration.ofSeconds(3), "brief", "org"));
        assertEquals(200, stream.status());
        await().atMost(EVENTUALLY).until(() -> !stream.events("topic").isEmpty());
        assertTrue(!stream.ended(), "ended before its token expired");

        await().atMost(EVENTUALLY).until(stream::ended);
        List<EventStreamClient.Event> events = stream.events();
        EventStreamClient.Event last = events.get(events.size() - 1);
        assertEquals("expired", last.name(), events.toString());
        assertTrue(last.data().contains("\"type\":\"https://dvk.example/problems/token-expired\""), last.data());
        assertTrue(last.data().contains("\"status\":401"), last.data());
        await().atMost(EVENTUALLY).until(() -> open.count() == 0);
    }

    @Test
    void aUserHoldsAtMostTheirCapAndMayOpenAnotherOnceOneEnds() throws Exception {
        String token = TestTokens.token("many.tabs", "org");
        EventStreamClient first = open("cap", token);
        open("cap", token);
        assertEquals(200, first.status());

        EventStreamClient refused = open("cap", token);
        assertEquals(429, refused.status(), refused.body());
        assertEquals("7", refused.header("Retry-After"));
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(refused.body().contains("https://dvk.example/problems/too-many-streams"), refused.body());

        // another user is not held back by this one's streams
        assertEquals(200, open("cap", TestTokens.token("one.tab", "org")).status());

        first.close();
        await().atMost(EVENTUALLY).until(() -> open.count() == 2);
        assertEquals(200, open("cap", token).status(), "a stream ended, so its user may open another");
    }

    @Test
    void theReplicaHoldsAtMostItsCapAndRefusesMoreWith503() throws Exception {
        for (int user = 0; user < 4; user++) {
            assertEquals(200, open("replica", TestTokens.token("user." + user, "org")).status());
        }
        EventStreamClient refused = open("replica", TestTokens.token("user.5", "org"));
        assertEquals(503, refused.status(), refused.body());
        assertEquals("7", refused.header("Retry-After"));
    }

    @Test
    void streamsWatchingTheSameKeyShareOneRefreshPerChange() throws Exception {
        EventStreamClient first = open("shared", TestTokens.token("reader.one", "org"));
        EventStreamClient second = open("shared", TestTokens.token("reader.two", "org"));
        await().atMost(EVENTUALLY).until(() -> !first.events("topic").isEmpty() && !second.events("topic").isEmpty()
                && queued() == 0);
        double before = refreshes();
        int firstBefore = first.events("topic").size();
        int secondBefore = second.events("topic").size();

        topics.changed("shared");
        await().atMost(EVENTUALLY).until(() -> first.events("topic").size() == firstBefore + 1
                && second.events("topic").size() == secondBefore + 1);
        assertEquals(before + 1, refreshes(), "one refresh for both streams");
    }

    private EventStreamClient open(String topic, String token) throws Exception {
        EventStreamClient client = EventStreamClient.open(URI.create(streams + "?topic=" + topic), token);
        clients.add(client);
        return client;
    }

    private double refreshes() {
        return registry.get(KitMeters.STREAMS_REFRESHES.name()).tag("hub", "test-topics").counter().count();
    }

    private double queued() {
        return registry.get(KitMeters.STREAMS_REFRESH_QUEUED.name()).tag("hub", "test-topics").gauge().value();
    }
}
