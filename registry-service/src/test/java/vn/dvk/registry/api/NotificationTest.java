package vn.dvk.registry.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.EventStreamClient;
import vn.dvk.testing.PlainHttp;
import vn.dvk.testing.TestTokens;

/**
 * A unit's feed, built from recognition's events: a page newest first with an ETag for polling, and a server-sent
 * event stream that announces each new entry on whichever replica it was committed (PostgreSQL NOTIFY).
 */
@QuarkusTest
class NotificationTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    @TestHTTPResource("/api/v1/notifications/stream")
    URI streamUri;

    @Test
    void theFeedTellsTheUnitWhatReviewersDidNewestFirstOnceEach() {
        String recognised = Models.submitted();
        String returned = Models.submitted();
        DemoEvents.recognition(DemoEvents.RECOGNIZED, recognised, "dvk-2026", 1, "BASE");
        DemoEvents.recognition(DemoEvents.RECOGNIZED, recognised, "dvk-2026", 1, "BASE"); // redelivered
        DemoEvents.recognition(DemoEvents.NOMINATED, recognised, "dvk-2026", 2, "BLOC");
        DemoEvents.verdict(DemoEvents.RETURNED, returned, "dvk-2026", 1, "BASE", 1, "Bổ sung số liệu kết quả");

        await().atMost(EVENTUALLY).until(() -> entriesAbout(List.of(recognised, returned)).size() == 3);
        List<Map<String, Object>> entries = entriesAbout(List.of(recognised, returned));
        List<Integer> ids = entries.stream().map(e -> (Integer) e.get("id")).toList();
        assertEquals(ids.stream().sorted(Comparator.reverseOrder()).toList(), ids, "newest first");
        assertEquals(List.of("NOMINATED", "RECOGNIZED"), entries.stream().filter(e -> e.get("modelId").equals(recognised))
                .map(e -> e.get("kind")).toList(), "once each, newest first");
        Map<String, Object> back = entries.stream().filter(e -> e.get("modelId").equals(returned)).findFirst()
                .orElseThrow();
        assertEquals("Bổ sung số liệu kết quả", back.get("reason"));
        assertEquals("BASE", back.get("level"));

        // another unit's cadre sees none of it; a reviewer has no feed
        List<String> others = Models.as(DemoCallers.otherUnitCadre()).queryParam("limit", 100)
                .get("/api/v1/notifications").then().statusCode(200).extract().jsonPath().getList("items.modelId");
        assertTrue(others.stream().noneMatch(id -> id.equals(recognised) || id.equals(returned)));
        Models.as(DemoCallers.reviewer(DemoCallers.BASE)).get("/api/v1/notifications").then().statusCode(403);
    }

    @Test
    void pollingWithTheETagAnswers304UntilSomethingHappens() {
        String model = Models.submitted();
        String etag = Models.as(DemoCallers.unitCadre()).get("/api/v1/notifications").then().statusCode(200)
                .extract().header("ETag");
        Models.as(DemoCallers.unitCadre()).header("If-None-Match", etag).get("/api/v1/notifications")
                .then().statusCode(304);
        DemoEvents.recognition(DemoEvents.RECOGNIZED, model, "dvk-2026", 1, "BASE");
        await().atMost(EVENTUALLY).until(() -> Models.as(DemoCallers.unitCadre()).header("If-None-Match", etag)
                .get("/api/v1/notifications").statusCode() == 200);
        assertNotEquals(etag, Models.as(DemoCallers.unitCadre()).get("/api/v1/notifications").header("ETag"));
    }

    @Test
    void aStreamSendsEachNewEntryAndAReconnectingClientGetsWhatItMissed() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Stream<String> stream = open(DemoCallers.unitCadre(), null, lines);
        BlockingQueue<String> otherUnitLines = new LinkedBlockingQueue<>();
        Stream<String> otherStream = open(DemoCallers.otherUnitCadre(), null, otherUnitLines);
        try {
            String model = Models.submitted();
            DemoEvents.recognition(DemoEvents.RECOGNIZED, model, "dvk-2026", 1, "BASE");
            String id = awaitEvent(lines, model);

            // reconnecting with the id before it, the client gets it first
            BlockingQueue<String> resumed = new LinkedBlockingQueue<>();
            Stream<String> again = open(DemoCallers.unitCadre(), Long.toString(Long.parseLong(id) - 1), resumed);
            try {
                assertEquals(id, awaitEvent(resumed, model));
            } finally {
                again.close();
            }
            assertTrue(otherUnitLines.stream().noneMatch(line -> line.contains(model)), "another unit's stream");
        } finally {
            stream.close();
            otherStream.close();
        }
    }

    @Test
    void aStreamEndsWhenItsTokenExpiresSayingSo() throws Exception {
        try (EventStreamClient stream = EventStreamClient.open(streamUri, TestTokens.expiringIn(Duration.ofSeconds(3),
                "unit.cadre", DemoCallers.UNIT, "submitter"))) {
            assertEquals(200, stream.status(), stream.body());
            await().atMost(EVENTUALLY).until(stream::ended);
            List<EventStreamClient.Event> events = stream.events();
            assertEquals("expired", events.get(events.size() - 1).name(), events.toString());
            assertTrue(events.get(events.size() - 1).data().contains("https://dvk.example/problems/token-expired"));
        }
    }

    /** Opens a stream whose lines arrive in {@code lines}; closing what it returns closes the connection. */
    private Stream<String> open(String token, String lastEventId, BlockingQueue<String> lines) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(streamUri).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        CompletableFuture<HttpResponse<Stream<String>>> response = PlainHttp.newClient()
                .sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> opened = response.get(30, TimeUnit.SECONDS);
        assertEquals(200, opened.statusCode());
        assertEquals("no", opened.headers().firstValue("X-Accel-Buffering").orElse(null), "a proxy must not buffer it");
        CompletableFuture.runAsync(() -> opened.body().forEach(lines::add));
        return opened.body();
    }

    /** Waits for the event about the model; returns its id. */
    private static String awaitEvent(BlockingQueue<String> lines, String modelId) throws InterruptedException {
        long deadline = System.nanoTime() + EVENTUALLY.toNanos();
        String lastId = null;
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            if (line.startsWith("id:")) {
                lastId = line.substring(3).strip();
            } else if (line.startsWith("data:") && line.contains(modelId)) {
                assertTrue(lastId != null, "an event without an id");
                return lastId;
            }
        }
        throw new AssertionError("No event about " + modelId + " on the stream");
    }

    private static List<Map<String, Object>> entriesAbout(List<String> modelIds) {
        List<Map<String, Object>> items = Models.as(DemoCallers.unitCadre()).queryParam("limit", 100)
                .get("/api/v1/notifications").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(item -> modelIds.contains((String) item.get("modelId"))).toList();
    }
}
