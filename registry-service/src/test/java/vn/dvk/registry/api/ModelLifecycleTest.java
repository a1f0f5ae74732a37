package vn.dvk.registry.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.dvk.registry.Models.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.EventSchemas;
import vn.dvk.testing.Simultaneously;
import vn.dvk.testing.TopicProbe;

/** Edit, return, resubmit, withdraw: the model's life after the draft, with versions and conditional updates. */
@QuarkusTest
class ModelLifecycleTest {

    private static final String REVISED = Models.contentBody("dvk-2026", "Mô hình \\\"Dân vận khéo\\\" – bản bổ sung",
            "Tiếp đón, hướng dẫn người bệnh tận tình").replace("\"tags\":[\"y tế\",\"chăm sóc\"]",
            "\"tags\":[\"y tế\",\"chăm sóc\"],\"results\":\"95% người bệnh hài lòng\"");

    @Test
    void anEditNeedsTheVersionItWasMadeFrom() throws Exception {
        String id = Models.draft();
        String etag = Models.etag(id);

        as(DemoCallers.unitCadre()).body(REVISED).put("/api/v1/models/{id}", id)
                .then().statusCode(428).contentType("application/problem+json");
        as(DemoCallers.unitCadre()).header("If-Match", "\"999\"").body(REVISED).put("/api/v1/models/{id}", id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("current.content.title", equalTo(Models.TITLE));
        assertEquals(Models.TITLE, title(id));

        String newTag = as(DemoCallers.unitCadre()).header("If-Match", etag).body(REVISED).put("/api/v1/models/{id}", id)
                .then().statusCode(200)
                .body("content.results", equalTo("95% người bệnh hài lòng"))
                .extract().header("ETag");
        assertNotEquals(etag, newTag);
        assertEquals(newTag, Models.etag(id));
        assertEquals("Mô hình \"Dân vận khéo\" – bản bổ sung", title(id));

        TopicProbe.Event updated = TopicProbe.await("registry.model-events",
                e -> id.equals(e.key()) && "dvk.registry.model.updated.v1".equals(e.type()), Duration.ofSeconds(30));
        EventSchemas.assertValid("registry-service", updated.type(), updated.value());
        assertEquals(2, json(updated.value()).get("sequence").asLong());
        TopicProbe.Event drafted = TopicProbe.await("registry.model-events",
                e -> id.equals(e.key()) && "dvk.registry.model.drafted.v1".equals(e.type()), Duration.ofSeconds(30));
        EventSchemas.assertValid("registry-service", drafted.type(), drafted.value());
    }

    @Test
    void ofTwoEditsMadeFromTheSameVersionAtOnceOneWinsAndTheOtherIsToldItIsStale() throws Exception {
        String id = Models.draft();
        String etag = Models.etag(id);

        List<Response> responses = Simultaneously.run(2, () -> as(DemoCallers.unitCadre()).header("If-Match", etag)
                .body(Models.contentBody("dvk-2026", "Bản sửa " + UUID.randomUUID(), "tóm tắt"))
                .put("/api/v1/models/{id}", id));

        Map<Integer, Integer> byStatus = new TreeMap<>();
        responses.forEach(r -> byStatus.merge(r.statusCode(), 1, Integer::sum));
        assertEquals(Map.of(200, 1, 412, 1), byStatus);
        Response winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
        assertEquals(winner.path("content.title"), title(id)); // the loser changed nothing
    }

    @Test
    void aReturnedModelIsRevisedAndResubmittedAsVersionTwo() throws Exception {
        String id = Models.submitted();
        DemoEvents.verdict(DemoEvents.RETURNED, id, "dvk-2026", 1, "BASE", 1, "Bổ sung kết quả cụ thể");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(DemoCallers.unitCadre()).get("/api/v1/models/{id}", id).then()
                        .body("status", equalTo("RETURNED"))
                        .body("returnedLevel", equalTo("BASE"))
                        .body("returnReason", equalTo("Bổ sung kết quả cụ thể")));

        as(DemoCallers.unitCadre()).header("If-Match", Models.etag(id)).body(REVISED).put("/api/v1/models/{id}", id)
                .then().statusCode(200);
        as(DemoCallers.unitCadre()).header("If-Match", Models.etag(id)).post("/api/v1/models/{id}/submit", id)
                .then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("reviewLevel", equalTo("BASE"))
                .body("currentVersion", equalTo(2));

        as(DemoCallers.reviewer(DemoCallers.BASE)).get("/api/v1/models/{id}/versions", id)
                .then().statusCode(200)
                .body("number", equalTo(List.of(1, 2)))
                .body("submittedBy", equalTo(List.of("unit.cadre", "unit.cadre")));
        as(DemoCallers.reviewer(DemoCallers.BASE)).get("/api/v1/models/{id}/versions/1", id)
                .then().statusCode(200).body("content.title", equalTo(Models.TITLE));
        as(DemoCallers.reviewer(DemoCallers.BASE)).get("/api/v1/models/{id}/diff?from=1&to=2", id)
                .then().statusCode(200)
                .body("from", equalTo(1)).body("to", equalTo(2))
                .body("changes.field", equalTo(List.of("title", "results")))
                .body("changes[0].before", equalTo(Models.TITLE))
                .body("changes[0].after", equalTo("Mô hình \"Dân vận khéo\" – bản bổ sung"))
                .body("changes[1].before", equalTo(null))
                .body("changes[1].after", equalTo("95% người bệnh hài lòng"));
        as(DemoCallers.unitCadre()).get("/api/v1/models/{id}/diff?from=1&to=3", id).then().statusCode(404);
        as(DemoCallers.unitCadre()).get("/api/v1/models/{id}/diff?from=x&to=2", id).then().statusCode(400)
                .body("violations.field", hasItem("from"));

        TopicProbe.Event resubmitted = TopicProbe.await("registry.model-events",
                e -> id.equals(e.key()) && "dvk.registry.model.resubmitted.v1".equals(e.type()), Duration.ofSeconds(30));
        EventSchemas.assertValid("registry-service", resubmitted.type(), resubmitted.value());
        JsonNode payload = json(resubmitted.value());
        assertEquals(2, payload.get("version").asInt());
        assertEquals("BASE", payload.get("level").asText());
        assertEquals(4, payload.get("sequence").asLong()); // drafted, submitted, updated, resubmitted
    }

    @Test
    void aWithdrawnModelLeavesTheQueuesAndCannotBeChangedAgain() throws Exception {
        String id = Models.submitted();

        as(DemoCallers.unitCadre()).header("If-Match", Models.etag(id)).body("{\"reason\":\"Đơn vị sáp nhập\"}")
                .post("/api/v1/models/{id}/withdraw", id)
                .then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawalReason", equalTo("Đơn vị sáp nhập"));

        TopicProbe.Event withdrawn = TopicProbe.await("registry.model-events",
                e -> id.equals(e.key()) && "dvk.registry.model.withdrawn.v1".equals(e.type()), Duration.ofSeconds(30));
        EventSchemas.assertValid("registry-service", withdrawn.type(), withdrawn.value());
        as(DemoCallers.unitCadre()).header("If-Match", Models.etag(id)).body(REVISED).put("/api/v1/models/{id}", id)
                .then().statusCode(409).body("detail", containsString("WITHDRAWN"));
        as(DemoCallers.unitCadre()).header("If-Match", Models.etag(id)).body("{\"reason\":\"lần nữa\"}")
                .post("/api/v1/models/{id}/withdraw", id).then().statusCode(409);
        as(DemoCallers.reviewer(DemoCallers.BASE)).get("/api/v1/models?status=SUBMITTED&limit=100")
                .then().statusCode(200).body("items.id", not(hasItem(id)));

        // a decision crossing the withdrawal on its way changes nothing
        DemoEvents.recognition(DemoEvents.RECOGNIZED, id, "dvk-2026", 1, "BASE");
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                as(DemoCallers.unitCadre()).get("/api/v1/models/{id}", id).then().body("status", equalTo("WITHDRAWN")));
    }

    @Test
    void anIncompleteDraftCannotBeSubmitted() {
        String id = as(DemoCallers.unitCadre())
                .body("{\"campaignId\":\"dvk-2026\",\"title\":\"Bản nháp\",\"field\":\"ECONOMY\",\"kind\":\"MODEL\","
                        + "\"ownerKind\":\"INDIVIDUAL\",\"ownerName\":\"Trần Văn An\"}")
                .post("/api/v1/models").then().statusCode(201).extract().path("id");

        as(DemoCallers.unitCadre()).header("If-Match", Models.etag(id)).post("/api/v1/models/{id}/submit", id)
                .then().statusCode(409)
                .body("detail", containsString("summary, goals, implementation, startedOn"));
        as(DemoCallers.unitCadre()).get("/api/v1/models/{id}", id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void anIndividualOwnerNeedsAName() {
        long before = Models.count();
        as(DemoCallers.unitCadre()).body(Models.draftBody("dvk-2026").replace("COLLECTIVE", "INDIVIDUAL"))
                .post("/api/v1/models").then().statusCode(400)
                .body("violations.field", equalTo(List.of("ownerName")));
        assertEquals(before, Models.count());
    }

    @Test
    void aModelReplicatesOnlyAModelItsUnitCanSee() {
        String ownSubmitted = Models.submitted();
        String otherUnitsDraft = as(DemoCallers.otherUnitCadre()).body(Models.draftBody("dvk-2026"))
                .post("/api/v1/models").then().statusCode(201).extract().path("id");
        long before = Models.count();

        for (String hidden : new String[] {otherUnitsDraft, UUID.randomUUID().toString()}) {
            as(DemoCallers.unitCadre()).body(withReplicates(hidden)).post("/api/v1/models")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", equalTo(List.of("replicatesModelId")));
        }
        assertEquals(before, Models.count());

        as(DemoCallers.unitCadre()).body(withReplicates(ownSubmitted)).post("/api/v1/models")
                .then().statusCode(201).body("content.replicatesModelId", equalTo(ownSubmitted));
    }

    private static String withReplicates(String id) {
        return Models.draftBody("dvk-2026").replace("\"tags\"", "\"replicatesModelId\":\"" + id + "\",\"tags\"");
    }

    private static String title(String id) {
        return QuarkusTransaction.requiringNew().call(() ->
                MobilizationModel.<MobilizationModel>findById(UUID.fromString(id)).title);
    }

    private static JsonNode json(String value) throws Exception {
        return new ObjectMapper().readTree(value);
    }
}
