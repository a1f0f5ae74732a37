package vn.dvk.reporting.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.ConsumerProbe;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.TopicProbe;

/**
 * The events of one poll are applied together, in one transaction: handed to the consumer as one poll here (the
 * broker decides what a real poll holds), so that what goes wrong inside a poll is tested every time.
 */
@QuarkusTest
class PollTogetherTest {

    private static final String DEAD_LETTERS = "reporting-service." + DemoEvents.MODEL_EVENTS + ".dlq";
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final String PATH = """
            {"province":{"id":"ag","name":"Tỉnh An Giang"},"bloc":{"id":"ag-dukcqdn","name":"Khối"},
             "base":{"id":"ag-syt","name":"Đảng bộ Sở Y tế"},"unit":{"id":"ag-syt-bvdk","name":"Bệnh viện"}}""";

    @Inject
    ModelEventsConsumer consumer;

    private long offset = 1_000_000_000L;

    @Test
    void anEventTheDatabaseRefusesIsDeadLetteredAndTheRestOfItsPollStillCounts() {
        String campaign = "c-" + UUID.randomUUID();
        String first = UUID.randomUUID().toString();
        String refused = UUID.randomUUID().toString();
        String last = UUID.randomUUID().toString();

        // the field reads as text, but is longer than any field code: the database refuses the whole transaction
        consumer.takeAll(poll(submitted(first, campaign, 1, "ECONOMY"), submitted(refused, campaign, 1, "F".repeat(40)),
                submitted(last, campaign, 1, "ECONOMY")));

        funnelCounts(campaign, 2);
        TopicProbe.Event letter = TopicProbe.await(DEAD_LETTERS, e -> refused.equals(e.key()), EVENTUALLY);
        assertTrue(letter.value().contains("FFFFFFFF"), letter.value());
        assertTrue(TopicProbe.all(DEAD_LETTERS).stream().noneMatch(e -> first.equals(e.key()) || last.equals(e.key())),
                "only the refused event is dead-lettered");
    }

    @Test
    void aPollHoldingEventsTwiceAndOutOfOrderAppliesEachOnceInOrder() {
        String campaign = "c-" + UUID.randomUUID();
        String kept = UUID.randomUUID().toString();
        String withdrawn = UUID.randomUUID().toString();
        double duplicates = ConsumerProbe.events(DemoEvents.MODEL_EVENTS, "duplicate");

        consumer.takeAll(poll(withdrawal(withdrawn, 2), submitted(kept, campaign, 1, "ECONOMY"),
                submitted(withdrawn, campaign, 1, "ECONOMY"), submitted(kept, campaign, 1, "ECONOMY"),
                withdrawal(withdrawn, 2)));

        // the withdrawal (#2) came first and was parked; its second copy came in turn, was applied, and took the
        // parked one away with it; the second submission of the kept model was the one duplicate
        funnelCounts(campaign, 1);
        assertEquals(List.of(), ConsumerProbe.parked(DemoEvents.MODEL_EVENTS, withdrawn));
        assertEquals(duplicates + 1, ConsumerProbe.events(DemoEvents.MODEL_EVENTS, "duplicate"));
    }

    @Test
    void anEventAheadOfAGapWaitsParkedUntilALaterPollFillsIt() {
        String campaign = "c-" + UUID.randomUUID();
        String model = UUID.randomUUID().toString();

        consumer.takeAll(poll(withdrawal(model, 2)));
        assertEquals(List.of(2L), ConsumerProbe.parked(DemoEvents.MODEL_EVENTS, model));
        consumer.takeAll(poll(submitted(model, campaign, 1, "ECONOMY")));

        assertEquals(List.of(), ConsumerProbe.parked(DemoEvents.MODEL_EVENTS, model));
        given().auth().oauth2(DemoCallers.reviewer(DemoCallers.PROVINCE)).queryParam("campaignId", campaign)
                .get("/api/v1/reports/funnel").then().statusCode(200).body("submitted", equalTo(0))
                .body("withdrawn", equalTo(1));
    }

    @Test
    void aPollThatMeetsALockedInboxRowIsAppliedWholeOnceTheLockGoes() throws Exception {
        String campaign = "c-" + UUID.randomUUID();
        String locked = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        consumer.takeAll(poll(submitted(locked, campaign, 1, "ECONOMY")));
        double retries = ConsumerProbe.retries(DemoEvents.MODEL_EVENTS);
        double deadLettered = ConsumerProbe.events(DemoEvents.MODEL_EVENTS, "dead_lettered");

        CompletableFuture<Void> taking;
        try (AutoCloseable lock = ConsumerProbe.lockInboxRow(DemoEvents.MODEL_EVENTS, locked, "reporting")) {
            taking = CompletableFuture.runAsync(() -> consumer.takeAll(poll(submitted(other, campaign, 1, "ECONOMY"),
                    withdrawal(locked, 2))));
            // the poll's transaction waits for the row, times out and is tried again, with nothing of it committed
            await().atMost(EVENTUALLY).until(() -> ConsumerProbe.retries(DemoEvents.MODEL_EVENTS) > retries);
            given().auth().oauth2(DemoCallers.reviewer(DemoCallers.PROVINCE)).queryParam("campaignId", campaign)
                    .get("/api/v1/reports/funnel").then().statusCode(200).body("submitted", equalTo(1))
                    .body("withdrawn", equalTo(0));
        }
        taking.get(EVENTUALLY.toSeconds(), TimeUnit.SECONDS);

        given().auth().oauth2(DemoCallers.reviewer(DemoCallers.PROVINCE)).queryParam("campaignId", campaign)
                .get("/api/v1/reports/funnel").then().statusCode(200).body("submitted", equalTo(1))
                .body("withdrawn", equalTo(1));
        assertEquals(deadLettered, ConsumerProbe.events(DemoEvents.MODEL_EVENTS, "dead_lettered"));
    }

    private static void funnelCounts(String campaign, int submitted) {
        await().atMost(EVENTUALLY).untilAsserted(() -> given().auth().oauth2(DemoCallers.reviewer(DemoCallers.PROVINCE))
                .queryParam("campaignId", campaign).get("/api/v1/reports/funnel").then().statusCode(200)
                .body("submitted", equalTo(submitted)));
    }

    private ConsumerRecord<String, String> submitted(String model, String campaign, int sequence, String field) {
        return record(DemoEvents.SUBMITTED, model, """
                {"modelId":"%s","sequence":%d,"version":1,"level":"BASE","campaignId":"%s","title":"Mô hình",
                 "field":"%s","kind":"MODEL","ownerKind":"COLLECTIVE","submittedAt":"2026-03-01T08:00:00Z",
                 "path":%s}""".formatted(model, sequence, campaign, field, PATH));
    }

    private ConsumerRecord<String, String> withdrawal(String model, int sequence) {
        return record(DemoEvents.WITHDRAWN, model, """
                {"modelId":"%s","sequence":%d,"withdrawnAt":"2026-03-02T08:00:00Z","path":%s}"""
                .formatted(model, sequence, PATH));
    }

    private ConsumerRecord<String, String> record(String type, String key, String value) {
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_type", type, "ce_id", UUID.randomUUID().toString(), "ce_specversion", "1.0", "ce_source",
                "/dvk/registry-service").forEach((name, v) -> headers.add(name, v.getBytes(StandardCharsets.UTF_8)));
        return new ConsumerRecord<>(DemoEvents.MODEL_EVENTS, 0, offset++, System.currentTimeMillis(),
                TimestampType.CREATE_TIME, -1, -1, key, value, headers, Optional.empty());
    }

    @SafeVarargs
    private static ConsumerRecords<String, String> poll(ConsumerRecord<String, String>... records) {
        List<ConsumerRecord<String, String>> list = new ArrayList<>(List.of(records));
        return new ConsumerRecords<>(Map.of(new TopicPartition(DemoEvents.MODEL_EVENTS, 0), list));
    }
}
