package vn.dvk.registry.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.api.RegistryDeadLetterResource;
import vn.dvk.registry.domain.Field;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.registry.domain.ModelContent;
import vn.dvk.registry.domain.ModelKind;
import vn.dvk.registry.domain.ModelStatus;
import vn.dvk.registry.domain.Organisation;
import vn.dvk.registry.domain.OwnerKind;
import vn.dvk.testing.ConsumerProbe;
import vn.dvk.testing.DeadLetterList;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.KafkaBrokerResource;
import vn.dvk.testing.TestTokens;
import vn.dvk.testing.TopicProbe;

/**
 * An event that could not be applied is dead-lettered; the model's later events wait behind the gap it leaves;
 * once the cause is fixed an operator replays it, and everything falls into place, once.
 */
@QuarkusTest
class DeadLetterReplayTest {

    private static final String TOPIC = DemoEvents.CASE_EVENTS;
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = "registry-service." + TOPIC + ".dlq";

    @Test
    void aDeadLetterReplayedAfterItsCauseIsFixedIsAppliedOnceAndReleasesWhatWaitedBehindIt() {
        String id = UUID.randomUUID().toString(); // a model this registry does not have (a restore lost it)
        DemoEvents.recognition(DemoEvents.RECOGNIZED, id, "dvk-2026", 1, "BASE");
        DemoEvents.recognition(DemoEvents.NOMINATED, id, "dvk-2026", 2, "BLOC");

        await().atMost(EVENTUALLY).until(() -> ConsumerProbe.parked(TOPIC, id).equals(List.of(2L)));
        Map<String, Object> letter = await().atMost(EVENTUALLY).until(() -> letterOf(id), l -> l != null);
        assertEquals("PENDING", letter.get("status"));
        assertEquals(DemoEvents.RECOGNIZED, letter.get("eventType"));
        assertTrue(((String) letter.get("reason")).contains("does not have"), letter.toString());

        restoreModel(id); // the cause, fixed
        JsonPath report = replay();
        assertEquals("REPLAYED", letterIn(report, id).get("status"));
        assertEquals("applied", letterIn(report, id).get("outcome"));
        assertModel(id, "NOMINATED", "BASE", "BLOC"); // 1 replayed, then 2 released from the parking
        assertEquals(List.of(), ConsumerProbe.parked(TOPIC, id));

        double applied = ConsumerProbe.events(TOPIC, "applied");
        JsonPath again = replay();
        assertEquals(null, letterIn(again, id), "a letter replayed with success is not replayed again");
        assertEquals("REPLAYED", letterOf(id).get("status"));
        assertEquals(applied, ConsumerProbe.events(TOPIC, "applied"));
        assertModel(id, "NOMINATED", "BASE", "BLOC");
    }

    @Test
    void onlyOperatorsSeeAndReplayDeadLetters() {
        given().auth().oauth2(DemoCallers.operator()).get("/api/v1/registry-dead-letters").then().statusCode(200);
        for (String token : List.of(DemoCallers.admin(), DemoCallers.auditor(), DemoCallers.unitCadre(),
                DemoCallers.reviewer(DemoCallers.PROVINCE))) {
            given().auth().oauth2(token).get("/api/v1/registry-dead-letters").then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(token).post("/api/v1/registry-dead-letters/replay").then().statusCode(403);
        }
        given().get("/api/v1/registry-dead-letters").then().statusCode(401);
        given().post("/api/v1/registry-dead-letters/replay").then().statusCode(401);
        given().auth().oauth2(TestTokens.tokenForAnotherAudience("operator", DemoCallers.PROVINCE, "operator"))
                .get("/api/v1/registry-dead-letters").then().statusCode(401);
    }

    @Test
    void operatorsSeeWhatALetterIsButWhatItSaysOnlyWithThePayloadRole() {
        String key = UUID.randomUUID().toString();
        String secret = "BIMAT" + key.substring(0, 8);
        // unreadable: the reason the inbox gives quotes the event's first words
        TopicProbe.send(TOPIC, key, secret + " Mô hình của tỉnh", Map.of("ce_type", DemoEvents.RECOGNIZED,
                "ce_id", UUID.randomUUID().toString()));

        Map<String, Object> seen = await().atMost(EVENTUALLY).until(() -> letterOf(key), l -> l != null);
        assertEquals(DemoEvents.RECOGNIZED, seen.get("eventType"));
        assertEquals(TOPIC, seen.get("sourceTopic"));
        assertEquals("The payload is not a JSON document", seen.get("reason"));
        assertNull(seen.get("payload"), seen.toString());
        assertFalse(seen.toString().contains(secret), seen.toString());

        Map<String, Object> whole = letterOf(key, DeadLetterList.PAYLOAD_READER);
        assertEquals(secret + " Mô hình của tỉnh", whole.get("payload"));
        assertTrue(((String) whole.get("reason")).contains(secret), whole.toString());
        // the role alone opens nothing: it is a complement of operator's
        given().auth().oauth2(TestTokens.token("payloads.only", DemoCallers.PROVINCE, "operator-payloads"))
                .get("/api/v1/registry-dead-letters").then().statusCode(403);
    }

    @Test
    void replayingByIdReplaysTheLettersNamedAndNothingElse() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        DemoEvents.recognition(DemoEvents.RECOGNIZED, first, "dvk-2026", 1, "BASE");
        DemoEvents.recognition(DemoEvents.RECOGNIZED, second, "dvk-2026", 1, "BASE");
        String firstLetter = (String) await().atMost(EVENTUALLY).until(() -> letterOf(first), l -> l != null).get("id");
        await().atMost(EVENTUALLY).until(() -> letterOf(second), l -> l != null);
        restoreModel(first);
        restoreModel(second);

        String[] partitionAndOffset = firstLetter.substring(DEAD_LETTERS.length() + 1).split("/");
        JsonPath report = given().auth().oauth2(DemoCallers.operator())
                .queryParam("id", firstLetter, "not-a-letter", "registry.model-events/0/0", DEAD_LETTERS + "/x/y",
                        DEAD_LETTERS + "/" + partitionAndOffset[0] + "/" + (Long.parseLong(partitionAndOffset[1]) + 1_000_000))
                .post("/api/v1/registry-dead-letters/replay").then().statusCode(200).extract().jsonPath();

        assertEquals(1, report.getInt("attempted"));
        assertEquals(List.of(firstLetter), report.getList("letters.id"));
        assertModel(first, "RECOGNIZED", "BASE", "BASE");
        assertEquals("PENDING", letterOf(second).get("status"), "a letter not named is not replayed");
        assertModel(second, "SUBMITTED", null, null);
    }

    @Test
    void theListIsReadAPageAtATimeEachLetterOnce() {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        Set<String> keys = new HashSet<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                KafkaBrokerResource.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 230; i++) {
                String key = batch + "-" + i;
                keys.add(key);
                ProducerRecord<String, String> letter = new ProducerRecord<>(DEAD_LETTERS, key, "{not json");
                letter.headers().add("dead-letter-reason", "The record has no value".getBytes(StandardCharsets.UTF_8));
                producer.send(letter);
            }
            producer.flush();
        }
        Map<String, Integer> seen = new HashMap<>();
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = page(DemoCallers.operator(), 40, cursor);
            List<Map<String, Object>> letters = page.getList("items");
            assertTrue(letters.size() <= 40, "a page holds at most its limit");
            letters.forEach(letter -> {
                ids.add((String) letter.get("id"));
                seen.merge((String) letter.get("key"), 1, Integer::sum);
            });
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        keys.forEach(key -> assertEquals(1, seen.get(key), key));
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no letter twice");

        given().auth().oauth2(DemoCallers.operator()).queryParam("cursor", "not-a-cursor")
                .get("/api/v1/registry-dead-letters").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(DemoCallers.operator()).queryParam("limit", 501)
                .get("/api/v1/registry-dead-letters").then().statusCode(400).contentType("application/problem+json");
    }

    private static JsonPath replay() {
        return given().auth().oauth2(DemoCallers.operator()).post("/api/v1/registry-dead-letters/replay")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> letterOf(String key) {
        return letterOf(key, DemoCallers.operator());
    }

    private static Map<String, Object> letterOf(String key, String token) {
        return DeadLetterList.find(RegistryDeadLetterResource.PATH, token, key);
    }

    private static JsonPath page(String token, int limit, String cursor) {
        return DeadLetterList.page(RegistryDeadLetterResource.PATH, token, limit, cursor);
    }

    private static Map<String, Object> letterIn(JsonPath report, String key) {
        List<Map<String, Object>> letters = report.getList("letters");
        return letters.stream().filter(l -> key.equals(l.get("key"))).findFirst().orElse(null);
    }

    private static void restoreModel(String id) {
        QuarkusTransaction.requiringNew().run(() -> {
            MobilizationModel model = MobilizationModel.draft(Organisation.findById(DemoCallers.UNIT),
                    new ModelContent("dvk-2026", ModelKind.MODEL, Field.ECONOMY, OwnerKind.COLLECTIVE, null, null,
                            "Mô hình khôi phục", null, null, null, null, null, null, null, List.of()), "restore",
                    OffsetDateTime.now(ZoneOffset.UTC)); // a row put back by hand, not a draft the registry made
            model.id = UUID.fromString(id);
            model.status = ModelStatus.SUBMITTED;
            model.persist();
        });
    }

    private static void assertModel(String id, String status, String recognizedLevel, String reviewLevel) {
        given().auth().oauth2(DemoCallers.unitCadre()).get("/api/v1/models/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo(status))
                .body("recognizedLevel", equalTo(recognizedLevel))
                .body("reviewLevel", equalTo(reviewLevel));
    }
}
