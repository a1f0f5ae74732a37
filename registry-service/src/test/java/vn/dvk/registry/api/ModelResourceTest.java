package vn.dvk.registry.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static vn.dvk.registry.Models.as;
import static vn.dvk.registry.Models.draft;
import static vn.dvk.registry.Models.draftBody;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.testing.DemoCallers;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.registry.domain.ModelStatus;
import vn.dvk.testing.EventSchemas;
import vn.dvk.testing.TestTokens;
import vn.dvk.testing.TopicProbe;

@QuarkusTest
class ModelResourceTest {

    @Test
    void submitterDraftsAModelForTheirUnit() {
        var response = as(DemoCallers.unitCadre()).body(draftBody("dvk-2026"))
                .post("/api/v1/models")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("unitId", equalTo(DemoCallers.UNIT))
                .body("content.title", equalTo(Models.TITLE))
                .body("content.tags", equalTo(java.util.List.of("y tế", "chăm sóc")))
                .body("path.base.id", equalTo(DemoCallers.BASE))
                .body("submittedAt", nullValue())
                .extract();
        String id = response.path("id");
        assertEquals(true, response.header("Location").endsWith("/api/v1/models/" + id));
        assertEquals(Models.etag(id), response.header("ETag"));

        MobilizationModel stored = QuarkusTransaction.requiringNew().call(() -> MobilizationModel.findById(UUID.fromString(id)));
        assertEquals(ModelStatus.DRAFT, stored.status);
        assertEquals(Models.TITLE, stored.title); // sent NFD, stored NFC
        assertEquals("unit.cadre", stored.createdBy);
    }

    @Test
    void behindATlsTerminatingProxyTheLocationIsTheAddressTheClientUsed() {
        // what the ingress controller sends on: the client spoke https to the public host
        var response = as(DemoCallers.unitCadre()).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "api.dvk.an-giang.example").body(draftBody("dvk-2026"))
                .post("/api/v1/models")
                .then().statusCode(201).extract();
        assertEquals("https://api.dvk.an-giang.example/api/v1/models/" + response.path("id"),
                response.header("Location"));
    }

    @Test
    void submittingPublishesTheSubmissionWithTheOrganisationPath() throws Exception {
        String id = draft();

        as(DemoCallers.unitCadre()).header("If-Match", Models.etag(id)).post("/api/v1/models/{id}/submit", id)
                .then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("currentVersion", equalTo(1))
                .body("reviewLevel", equalTo("BASE"))
                .body("submittedAt", notNullValue());

        TopicProbe.Event event = TopicProbe.await("registry.model-events",
                e -> id.equals(e.key()) && "dvk.registry.model.submitted.v1".equals(e.type()), Duration.ofSeconds(30));
        assertEquals("dvk.registry.model.submitted.v1", event.type());
        EventSchemas.assertValid("registry-service", event.type(), event.value());
        assertEquals("1.0", event.headers().get("ce_specversion"));
        assertEquals("/dvk/registry-service", event.headers().get("ce_source"));
        assertEquals(36, event.headers().get("ce_id").length());
        JsonNode payload = new ObjectMapper().readTree(event.value());
        assertEquals(id, payload.get("modelId").asText());
        assertEquals(2, payload.get("sequence").asLong()); // 1 reported the draft
        assertEquals(1, payload.get("version").asInt());
        assertEquals("BASE", payload.get("level").asText());
        assertEquals("dvk-2026", payload.get("campaignId").asText());
        assertEquals("ag", payload.at("/path/province/id").asText());
        assertEquals("ag-dukcqdn", payload.at("/path/bloc/id").asText());
        assertEquals("ag-syt", payload.at("/path/base/id").asText());
        assertEquals("Đảng bộ Sở Y tế", payload.at("/path/base/name").asText());
        assertEquals(DemoCallers.UNIT, payload.at("/path/unit/id").asText());
    }

    @Test
    void aClientPollingWithItsETagIsToldNothingChangedUntilSomethingDoes() {
        String id = draft();
        String etag = Models.etag(id);

        as(DemoCallers.unitCadre()).header("If-None-Match", etag).get("/api/v1/models/{id}", id)
                .then().statusCode(304).header("ETag", etag);
        Models.submit(id);
        as(DemoCallers.unitCadre()).header("If-None-Match", etag).get("/api/v1/models/{id}", id)
                .then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .header("ETag", org.hamcrest.Matchers.not(etag));
    }

    @Test
    void aModelIsSubmittedOnlyOnce() {
        String id = draft();
        Models.submit(id);

        as(DemoCallers.unitCadre()).header("If-Match", Models.etag(id)).post("/api/v1/models/{id}/submit", id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", equalTo("Chỉ gửi được bản nháp hoặc mô hình bị trả lại; mô hình đang ở trạng thái SUBMITTED"));
        as(DemoCallers.unitCadre()).header("Accept-Language", "en").header("If-Match", Models.etag(id))
                .post("/api/v1/models/{id}/submit", id)
                .then().statusCode(409)
                .header("Content-Language", "en")
                .body("detail", equalTo("Only a draft or a returned model can be submitted; the model is SUBMITTED"));
    }

    @Test
    void aDraftMissingWhatASubmissionNeedsIsRefusedWithEachFieldNamed() {
        String id = as(DemoCallers.unitCadre()).body(draftBody("dvk-2026")
                        .replace("\"implementation\":\"Trực hướng dẫn tại khoa khám bệnh\",", "")
                        .replace("\"startedOn\":\"2026-01-05\",", ""))
                .post("/api/v1/models")
                .then().statusCode(201).extract().path("id");

        as(DemoCallers.unitCadre()).header("If-Match", Models.etag(id)).post("/api/v1/models/{id}/submit", id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("Cần điền các trường sau trước khi gửi: implementation, startedOn"))
                .body("violations.field", equalTo(java.util.List.of("implementation", "startedOn")))
                .body("violations.message", equalTo(java.util.List.of("cần điền trước khi gửi", "cần điền trước khi gửi")));
        as(DemoCallers.unitCadre()).header("Accept-Language", "en").header("If-Match", Models.etag(id))
                .post("/api/v1/models/{id}/submit", id)
                .then().statusCode(409)
                .body("violations[0].message", equalTo("must be filled in before the model is submitted"));

        MobilizationModel stored = QuarkusTransaction.requiringNew().call(() -> MobilizationModel.findById(UUID.fromString(id)));
        assertEquals(ModelStatus.DRAFT, stored.status);
    }

    @Test
    void invalidFieldsAreReportedAndNothingIsWritten() {
        long before = Models.count();

        as(DemoCallers.unitCadre()).body("{\"campaignId\":\"dvk-2026\",\"title\":\" \",\"kind\":\"MODEL\",\"ownerKind\":\"COLLECTIVE\"}")
                .post("/api/v1/models")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("title"))
                .body("violations.field", hasItem("field"));
        as(DemoCallers.unitCadre()).body(draftBody("dvk-2026").replace("CULTURE_SOCIETY", "SPORT"))
                .post("/api/v1/models")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("field"));
        as(DemoCallers.unitCadre()).body("{not json")
                .post("/api/v1/models")
                .then().statusCode(400)
                .contentType("application/problem+json");
        as(DemoCallers.unitCadre()).body(draftBody("no-such-campaign"))
                .post("/api/v1/models")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("no-such-campaign"));

        assertEquals(before, Models.count());
    }

    @Test
    void callersWithoutAValidTokenAreRefused() {
        given().contentType(ContentType.JSON).body(draftBody("dvk-2026")).post("/api/v1/models")
                .then().statusCode(401);
        given().get("/api/v1/models/{id}", UUID.randomUUID()).then().statusCode(401);
        as(TestTokens.tokenForAnotherAudience("unit.cadre", DemoCallers.UNIT, "submitter"))
                .body(draftBody("dvk-2026")).post("/api/v1/models")
                .then().statusCode(401);
    }

    @Test
    void onlySubmittersOfAUnitDraftModels() {
        as(DemoCallers.reviewer(DemoCallers.BASE)).body(draftBody("dvk-2026")).post("/api/v1/models")
                .then().statusCode(403);
        as(DemoCallers.admin()).body(draftBody("dvk-2026")).post("/api/v1/models")
                .then().statusCode(403);
        as(TestTokens.token("no.org", null, "submitter")).body(draftBody("dvk-2026")).post("/api/v1/models")
                .then().statusCode(403).contentType("application/problem+json");
        // a submitter placed at a bloc has no unit to register for
        as(TestTokens.token("bloc.cadre", DemoCallers.BLOC, "submitter")).body(draftBody("dvk-2026"))
                .post("/api/v1/models")
                .then().statusCode(403);
    }

    @Test
    void aSubmittedModelIsVisibleToItsUnitAndAlongItsRecognitionPathOnly() {
        String id = Models.submitted();

        for (String token : new String[] {DemoCallers.unitCadre(), DemoCallers.reviewer(DemoCallers.BASE),
                DemoCallers.reviewer(DemoCallers.BLOC), DemoCallers.reviewer(DemoCallers.PROVINCE),
                DemoCallers.admin(), DemoCallers.auditor()}) {
            as(token).get("/api/v1/models/{id}", id).then().statusCode(200).body("id", equalTo(id));
        }
        for (String token : new String[] {DemoCallers.otherUnitCadre(), DemoCallers.reviewer(DemoCallers.OTHER_BASE),
                TestTokens.token("other.province.admin", "hn", "admin"),
                TestTokens.token("other.province.reviewer", "hn", "reviewer")}) {
            as(token).get("/api/v1/models/{id}", id).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        as(DemoCallers.unitCadre()).get("/api/v1/models/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void onlyTheModelsUnitSubmitsIt() {
        String id = draft();
        String etag = Models.etag(id);

        as(DemoCallers.otherUnitCadre()).header("If-Match", etag).post("/api/v1/models/{id}/submit", id)
                .then().statusCode(404);
        // a draft is the unit's own: nobody above it sees it before it is submitted
        as(DemoCallers.reviewer(DemoCallers.BASE)).header("If-Match", etag).post("/api/v1/models/{id}/submit", id)
                .then().statusCode(403);
        as(DemoCallers.reviewer(DemoCallers.BASE)).get("/api/v1/models/{id}", id).then().statusCode(404);
        as(DemoCallers.admin()).header("If-Match", etag).post("/api/v1/models/{id}/submit", id).then().statusCode(403);

        as(DemoCallers.unitCadre()).get("/api/v1/models/{id}", id).then().body("status", equalTo("DRAFT"));
    }
}
