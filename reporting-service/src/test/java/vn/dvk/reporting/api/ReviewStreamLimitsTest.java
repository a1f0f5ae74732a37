package vn.dvk.reporting.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvk.kit.metrics.KitMeters;
import vn.dvk.kit.streams.OpenStreams;
import vn.dvk.reporting.projection.FigureChanges;
import vn.dvk.reporting.projection.LiveSchema;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.EventStreamClient;
import vn.dvk.testing.TestTokens;

/**
 * The dashboard's live review stream holds no more than its token allows: it ends when the token expires, a user
 * holds at most five at once, and the dashboards watching the same review share one read of it per change.
 */
@QuarkusTest
class ReviewStreamLimitsTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final String UNIT = "ag-syt-bvdk";

    private final String campaign = "c-" + UUID.randomUUID();
    private final List<EventStreamClient> clients = new ArrayList<>();

    @TestHTTPResource("/api/v1/reports/review/stream")
    URI streamUri;

    @Inject
    OpenStreams open;

    @Inject
    FigureChanges changes;

    @Inject
    LiveSchema live;

    @Inject
    MeterRegistry registry;

    /** One model of the demo path (ag → ag-dukcqdn → ag-syt → ag-syt-bvdk), so that the organisations are known. */
    @BeforeEach
    void oneModel() {
        DemoEvents.submitted(UUID.randomUUID().toString(), campaign, 1);
        await().atMost(EVENTUALLY).untilAsserted(() -> given().auth().oauth2(DemoCallers.reviewer(DemoCallers.PROVINCE))
                .queryParam("campaignId", campaign).queryParam("organisationId", UNIT)
                .get("/api/v1/reports/funnel").then().statusCode(200).body("submitted", equalTo(1)));
    }

    @AfterEach
    void closeStreams() {
        clients.forEach(EventStreamClient::close);
        await().atMost(EVENTUALLY).until(() -> open.count() == 0);
    }

    @Test
    void aStreamEndsWhenItsTokenExpiresSayingSo() throws Exception {
        EventStreamClient stream = open(TestTokens.expiringIn(Duration.ofSeconds(3), "reviewer.brief",
                DemoCallers.BASE, "reviewer"));
        assertEquals(200, stream.status(), stream.body());
        await().atMost(EVENTUALLY).until(() -> !stream.events("review").isEmpty());
        assertFalse(stream.ended(), "ended before its token expired");

        await().atMost(EVENTUALLY).until(stream::ended);
        List<EventStreamClient.Event> events = stream.events();
        assertEquals("expired", events.get(events.size() - 1).name(), events.toString());
        assertTrue(events.get(events.size() - 1).data().contains("https://dvk.example/problems/token-expired"));
    }

    @Test
    void aReviewerHoldsAtMostFiveStreamsAndMayOpenAnotherOnceOneCloses() throws Exception {
        String token = DemoCallers.reviewer(DemoCallers.BASE);
        List<EventStreamClient> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(open(token));
            assertEquals(200, five.get(i).status(), five.get(i).body());
        }
        EventStreamClient sixth = open(token);
        assertEquals(429, sixth.status(), sixth.body());
        assertEquals("30", sixth.header("Retry-After"));
        assertTrue(sixth.body().contains("https://dvk.example/problems/too-many-streams"), sixth.body());
        assertEquals(200, open(DemoCallers.reviewer(DemoCallers.PROVINCE)).status(), "another reviewer may");

        five.get(0).close();
        await().atMost(EVENTUALLY).until(() -> open.count() == 5);
        EventStreamClient again = open(token);
        assertEquals(200, again.status(), again.body());
        await().atMost(EVENTUALLY).until(() -> !again.events("review").isEmpty());
    }

    @Test
    void twoDashboardsOfTheSameReviewShareOneReadPerChange() throws Exception {
        EventStreamClient reviewer = open(DemoCallers.reviewer(DemoCallers.BASE));
        EventStreamClient admin = open(DemoCallers.admin());
        await().atMost(EVENTUALLY).until(() -> !reviewer.events("review").isEmpty()
                && !admin.events("review").isEmpty());
        // the model of oneModel() may still be announced: wait until no read has happened for two seconds
        AtomicReference<Double> lastSeen = new AtomicReference<>(-1.0);
        await().during(Duration.ofSeconds(2)).atMost(EVENTUALLY)
                .until(() -> lastSeen.getAndSet(reads()) == reads() && queued() == 0);
        double readsBefore = reads();
        int reviewerBefore = reviewer.events("review").size();
        int adminBefore = admin.events("review").size();

        QuarkusTransaction.requiringNew().run(() -> changes.changed(live.schema(), campaign, List.of(UNIT)));

        await().atMost(EVENTUALLY).until(() -> reviewer.events("review").size() > reviewerBefore
                && admin.events("review").size() > adminBefore);
        assertEquals(readsBefore + 1, reads(), "one read of the review for both dashboards");
        assertEquals(reviewerBefore + 1, reviewer.events("review").size());
        assertEquals(adminBefore + 1, admin.events("review").size());
    }

    private EventStreamClient open(String token) throws Exception {
        EventStreamClient client = EventStreamClient.open(
                URI.create(streamUri + "?campaignId=" + campaign + "&organisationId=" + UNIT), token);
        clients.add(client);
        return client;
    }

    private double reads() {
        return registry.get(KitMeters.STREAMS_REFRESHES.name()).tag("hub", "figures").counter().count();
    }

    private double queued() {
        return registry.get(KitMeters.STREAMS_REFRESH_QUEUED.name()).tag("hub", "figures").gauge().value();
    }
}
