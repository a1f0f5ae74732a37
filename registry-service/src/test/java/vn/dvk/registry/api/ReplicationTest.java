package vn.dvk.registry.api;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dvk.registry.Models.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.registry.Replicas;
import vn.dvk.registry.domain.ModelReplication;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.EventSchemas;
import vn.dvk.testing.TopicProbe;

/**
 * Replication followed through: the demo hospital records that its model takes up a recognised model of the
 * Long Xuyên high school, then what came of it; what may not be taken up is refused and leaves nothing behind.
 */
@QuarkusTest
class ReplicationTest {

    private static final String TOPIC = "registry.model-events";
    private static final String REGISTERED = "dvk.registry.model.replication-registered.v1";
    private static final String RESULT_RECORDED = "dvk.registry.model.replication-result-recorded.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aUnitRecordsThatItsModelTakesUpAModelTheBlocRecognised() throws Exception {
        String source = Replicas.recognisedOfOtherUnit("BLOC");
        String model = Models.submitted();
        String key = UUID.randomUUID().toString();

        ValidatableResponse created = as(DemoCallers.unitCadre()).header("Idempotency-Key", key)
                .body(Replicas.body(source, "2026-07-01")).post("/api/v1/models/{id}/replicates", model)
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/models/" + model + "/replicates/" + source))
                .header("ETag", notNullValue())
                .body("modelId", equalTo(model))
                .body("unit.id", equalTo(DemoCallers.UNIT))
                .body("sourceModelId", equalTo(source))
                .body("sourceTitle", equalTo("Mô hình \"Trường học thân thiện\""))
                .body("sourceUnit.id", equalTo(DemoCallers.OTHER_UNIT))
                .body("sourceRecognizedLevel", equalTo("BLOC"))
                .body("recognisedBy.id", equalTo(DemoCallers.BLOC))
                .body("takenUpOn", equalTo("2026-07-01"))
                .body("result", equalTo(null));
        // a retry with the same key answers as the first time and records nothing more
        as(DemoCallers.unitCadre()).header("Idempotency-Key", key)
                .body(Replicas.body(source, "2026-07-01")).post("/api/v1/models/{id}/replicates", model)
                .then().statusCode(201).body("sourceModelId", equalTo(source));

        ModelReplication stored = link(model, source);
        assertEquals(LocalDate.parse("2026-07-01"), stored.takenUpOn);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(
                () -> ModelReplication.count("modelId", UUID.fromString(model))));

        TopicProbe.Event event = TopicProbe.await(TOPIC,
                e -> model.equals(e.key()) && REGISTERED.equals(e.type()), Duration.ofSeconds(30));
        EventSchemas.assertValid("registry-service", event.type(), event.value());
        JsonNode payload = JSON.readTree(event.value());
        assertEquals(3, payload.get("sequence").asLong()); // drafted, submitted, taken up
        assertEquals(source, payload.get("sourceModelId").asText());
        assertEquals(DemoCallers.OTHER_UNIT, payload.at("/sourcePath/unit/id").asText());
        assertEquals(DemoCallers.UNIT, payload.at("/path/unit/id").asText());
        assertEquals("BLOC", payload.get("sourceRecognizedLevel").asText());
        assertEquals("2026-07-01", payload.get("takenUpOn").asText());

        // the school sees who took its model up; so does the bloc that recognised it
        for (String reader : List.of(DemoCallers.otherUnitCadre(), DemoCallers.reviewer(DemoCallers.BLOC))) {
            as(reader).get("/api/v1/models/{id}/replicas", source).then().statusCode(200)
                    .body("modelId", equalTo(List.of(model)))
                    .body("unit.name", equalTo(List.of("Bệnh viện Đa khoa Trung tâm An Giang")));
        }
        as(DemoCallers.unitCadre()).get("/api/v1/models/{id}/replicates", model).then().statusCode(200)
                .body("sourceModelId", equalTo(List.of(source)));
    }

    @Test
    void theTakingUnitRecordsWhatCameOfItUnderIfMatch() throws Exception {
        String source = Replicas.recognisedOfOtherUnit("BASE");
        String model = Replicas.takenUpBy(source);
        String path = "/api/v1/models/{id}/replicates/{source}";
        String etag = as(DemoCallers.unitCadre()).get(path, model, source).then().statusCode(200)
                .body("recognisedBy.id", equalTo(DemoCallers.OTHER_BASE)).extract().header("ETag");
        String result = "{\"result\":\"Áp dụng tại 3 khoa, 92% người bệnh hài lòng\",\"resultOn\":\"2026-11-30\"}";

        as(DemoCallers.unitCadre()).body(result).put(path + "/result", model, source).then().statusCode(428);
        as(DemoCallers.unitCadre()).header("If-Match", etag)
                .body("{\"result\":\"Sớm quá\",\"resultOn\":\"2026-06-30\"}").put(path + "/result", model, source)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("resultOn")));
        assertEquals(null, link(model, source).result); // nothing half-written

        String newTag = as(DemoCallers.unitCadre()).header("If-Match", etag).body(result)
                .put(path + "/result", model, source).then().statusCode(200)
                .body("result", equalTo("Áp dụng tại 3 khoa, 92% người bệnh hài lòng"))
                .body("resultOn", equalTo("2026-11-30")).extract().header("ETag");
        as(DemoCallers.unitCadre()).header("If-Match", etag).body(result).put(path + "/result", model, source)
                .then().statusCode(412);
        assertEquals(newTag, as(DemoCallers.unitCadre()).get(path, model, source).header("ETag"));

        ModelReplication stored = link(model, source);
        assertEquals("Áp dụng tại 3 khoa, 92% người bệnh hài lòng", stored.result);
        assertEquals(LocalDate.parse("2026-11-30"), stored.resultOn);
        TopicProbe.Event event = TopicProbe.await(TOPIC,
                e -> model.equals(e.key()) && RESULT_RECORDED.equals(e.type()), Duration.ofSeconds(30));
        EventSchemas.assertValid("registry-service", event.type(), event.value());
        JsonNode payload = JSON.readTree(event.value());
        assertEquals(4, payload.get("sequence").asLong());
        assertEquals(source, payload.get("sourceModelId").asText());
        assertEquals("2026-11-30", payload.get("resultOn").asText());
        // the school reads the result too
        as(DemoCallers.otherUnitCadre()).get(path, model, source).then().statusCode(200)
                .body("result", equalTo("Áp dụng tại 3 khoa, 92% người bệnh hài lòng"));
    }

    @Test
    void whatMayNotBeTakenUpIsRefusedAndLeavesNothingBehind() {
        String recognised = Replicas.recognisedOfOtherUnit("BASE");
        String model = Models.submitted();
        String ownRecognised = Models.submitted();
        Replicas.recognise(ownRecognised, "BASE", DemoCallers.unitCadre());
        String notRecognised = Models.as(DemoCallers.otherUnitCadre()).body(Models.draftBody("dvk-2026"))
                .post("/api/v1/models").then().statusCode(201).extract().path("id");
        long before = Replicas.count();

        refused(model, notRecognised, 422).body("type", endsWith("/replication-refused"))
                .body("detail", equalTo("Mô hình " + notRecognised
                        + " không phải là mô hình đã được công nhận của một đơn vị"));
        refused(model, UUID.randomUUID().toString(), 422).body("type", endsWith("/replication-refused"));
        refused(model, model, 422).body("detail", equalTo("Mô hình không thể nhân rộng chính nó"));
        refused(model, ownRecognised, 422).body("type", endsWith("/replication-refused"));
        // a draft takes nothing up yet
        refused(Models.draft(), recognised, 409);
        // another unit's model is not the caller's to link: it does not exist for them
        as(DemoCallers.otherUnitCadre()).body(Replicas.body(recognised, "2026-07-01"))
                .post("/api/v1/models/{id}/replicates", model).then().statusCode(404)
                .contentType("application/problem+json");
        // a future day, no day, no source: 400
        as(DemoCallers.unitCadre()).body(Replicas.body(recognised, LocalDate.now().plusDays(2).toString()))
                .post("/api/v1/models/{id}/replicates", model).then().statusCode(400)
                .body("violations.field", equalTo(List.of("takenUpOn")));
        as(DemoCallers.unitCadre()).body("{}").post("/api/v1/models/{id}/replicates", model).then().statusCode(400);
        assertEquals(before, Replicas.count());

        refusedOrCreated(model, recognised).statusCode(201);
        refused(model, recognised, 409).body("detail", equalTo("Đã ghi nhận mô hình này nhân rộng mô hình "
                + recognised));
        assertEquals(before + 1, Replicas.count());
    }

    private static ValidatableResponse refused(String model, String source, int status) {
        return refusedOrCreated(model, source).statusCode(status).contentType("application/problem+json");
    }

    private static ValidatableResponse refusedOrCreated(String model, String source) {
        return as(DemoCallers.unitCadre()).header("Accept-Language", "vi")
                .body(Replicas.body(source, "2026-07-01")).post("/api/v1/models/{id}/replicates", model).then();
    }

    private static ModelReplication link(String model, String source) {
        return QuarkusTransaction.requiringNew().call(
                () -> ModelReplication.of(UUID.fromString(model), UUID.fromString(source)).orElseThrow());
    }
}
