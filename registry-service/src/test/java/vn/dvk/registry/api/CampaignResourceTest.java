package vn.dvk.registry.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dvk.registry.CallerMatrix.ADMIN;
import static vn.dvk.registry.CallerMatrix.ANONYMOUS;
import static vn.dvk.registry.CallerMatrix.OPERATOR;
import static vn.dvk.registry.CallerMatrix.OTHER_PROVINCE_ADMIN;
import static vn.dvk.registry.CallerMatrix.check;
import static vn.dvk.registry.CallerMatrix.expect;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.registry.Organisations;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.EventSchemas;
import vn.dvk.testing.TopicProbe;

/** Campaigns administered through the API: their windows decide when units may register models. */
@QuarkusTest
class CampaignResourceTest {

    private static final String TOPIC = "registry.campaign-events";
    private static final ObjectMapper JSON = new ObjectMapper();

    static String definition(String id, String launcher, String startsOn, String endsOn, String deadline) {
        return """
                {"id": "%s", "movement": "DVK", "name": "Đợt thử %s", "organisationId": "%s",
                 "startsOn": "%s", "endsOn": "%s", "registrationDeadline": "%s",
                 "reviewWindows": [{"level": "BASE", "opensOn": "%s", "closesOn": "%s"},
                                   {"level": "BLOC", "opensOn": "%s", "closesOn": "%s"}]}
                """.formatted(id, id, launcher, startsOn, endsOn, deadline, startsOn, endsOn, startsOn, endsOn);
    }

    /** A campaign of the demo bloc, created and opened by the admin; returns its id. */
    static String opened(String startsOn, String endsOn, String deadline) {
        String id = Organisations.newId("c");
        Models.as(DemoCallers.admin()).body(definition(id, DemoCallers.BLOC, startsOn, endsOn, deadline))
                .post("/api/v1/campaigns").then().statusCode(201);
        Models.as(DemoCallers.admin()).header("If-Match", etag(id)).post("/api/v1/campaigns/{id}/open", id)
                .then().statusCode(200);
        return id;
    }

    static String etag(String id) {
        return Models.as(DemoCallers.admin()).get("/api/v1/campaigns/{id}", id).then().statusCode(200)
                .extract().header("ETag");
    }

    @Test
    void aCampaignIsPreparedOpenedAndClosedEachChangeAnEvent() throws Exception {
        String id = Organisations.newId("c");
        Models.as(DemoCallers.admin()).body(definition(id, DemoCallers.BLOC, "2026-01-01", "2027-12-31", "2027-06-30"))
                .post("/api/v1/campaigns")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"), "levels", equalTo(List.of("BASE", "BLOC")), "provinceId", equalTo("ag"));
        // a draft is the admins' alone: the unit neither lists nor drafts in it
        Models.as(DemoCallers.unitCadre()).get("/api/v1/campaigns").then().statusCode(200).body("id", not(hasItem(id)));
        Models.as(DemoCallers.unitCadre()).get("/api/v1/campaigns/{id}", id).then().statusCode(404);
        Models.as(DemoCallers.unitCadre()).body(Models.draftBody(id)).post("/api/v1/models").then().statusCode(400);

        Models.as(DemoCallers.admin()).header("If-Match", etag(id))
                .body(definition(id, DemoCallers.BLOC, "2026-01-01", "2028-12-31", "2028-06-30"))
                .put("/api/v1/campaigns/{id}", id).then().statusCode(200).body("endsOn", equalTo("2028-12-31"));
        Models.as(DemoCallers.admin()).header("If-Match", etag(id)).post("/api/v1/campaigns/{id}/open", id)
                .then().statusCode(200).body("status", equalTo("OPEN"));
        Models.as(DemoCallers.unitCadre()).get("/api/v1/campaigns").then().statusCode(200).body("id", hasItem(id));
        Models.as(DemoCallers.unitCadre()).body(Models.draftBody(id)).post("/api/v1/models").then().statusCode(201);
        Models.as(DemoCallers.admin()).header("If-Match", etag(id)).post("/api/v1/campaigns/{id}/open", id)
                .then().statusCode(409);
        Models.as(DemoCallers.admin()).header("If-Match", etag(id)).post("/api/v1/campaigns/{id}/close", id)
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        // a closed campaign is not redefined
        Models.as(DemoCallers.admin()).header("If-Match", etag(id))
                .body(definition(id, DemoCallers.BLOC, "2026-01-01", "2029-12-31", "2028-06-30"))
                .put("/api/v1/campaigns/{id}", id).then().statusCode(409).body("current.endsOn", equalTo("2028-12-31"));

        TopicProbe.await(TOPIC, event -> id.equals(event.key()) && event.value().contains("\"sequence\":4"),
                Duration.ofSeconds(30));
        List<TopicProbe.Event> events = TopicProbe.all(TOPIC).stream().filter(event -> id.equals(event.key())).toList();
        assertEquals(List.of("dvk.registry.campaign.created.v1", "dvk.registry.campaign.updated.v1",
                "dvk.registry.campaign.opened.v1", "dvk.registry.campaign.closed.v1"),
                events.stream().map(TopicProbe.Event::type).toList());
        for (int i = 0; i < events.size(); i++) {
            EventSchemas.assertValid("registry-service", events.get(i).type(), events.get(i).value());
            assertEquals(i + 1, JSON.readTree(events.get(i).value()).path("sequence").asInt());
        }
    }

    @Test
    void unitsRegisterOnlyWithinTheRegistrationPeriod() {
        String ended = opened("2020-01-01", "2021-12-31", "2020-06-30");
        String notYet = opened("2999-01-01", "2999-12-31", "2999-06-30");
        long before = Models.count();
        for (String campaign : List.of(ended, notYet)) {
            Models.as(DemoCallers.unitCadre()).body(Models.draftBody(campaign)).post("/api/v1/models")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("https://dvk.example/problems/outside-registration-period"))
                    .body("detail", startsWith("Đợt thi đua " + campaign));
        }
        assertEquals(before, Models.count());
    }

    @Test
    void aDraftIsNotSubmittedOnceTheCampaignIsClosed() {
        String campaign = opened("2026-01-01", "2030-12-31", "2030-06-30");
        String model = Models.as(DemoCallers.unitCadre()).body(Models.draftBody(campaign)).post("/api/v1/models")
                .then().statusCode(201).extract().path("id");
        Models.as(DemoCallers.admin()).header("If-Match", etag(campaign)).post("/api/v1/campaigns/{id}/close", campaign)
                .then().statusCode(200);
        Models.as(DemoCallers.unitCadre()).header("If-Match", Models.etag(model))
                .post("/api/v1/models/{id}/submit", model)
                .then().statusCode(409).body("type", equalTo("https://dvk.example/problems/outside-registration-period"));
        Models.as(DemoCallers.unitCadre()).get("/api/v1/models/{id}", model).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void inconsistentDefinitionsAreRefusedNamingEachField() {
        String id = Organisations.newId("c");
        String body = """
                {"id": "%s", "movement": "DVK", "name": "Sai", "organisationId": "%s", "startsOn": "2026-01-01",
                 "endsOn": "2025-12-31", "registrationDeadline": "2027-01-01",
                 "reviewWindows": [{"level": "BLOC", "opensOn": "2026-01-01", "closesOn": "2026-12-31"}]}
                """.formatted(id, DemoCallers.BLOC);
        Models.as(DemoCallers.admin()).body(body).post("/api/v1/campaigns")
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("endsOn", "registrationDeadline", "reviewWindows")));
        // a bloc's campaign has no provincial level; a campaign of another province's organisation is refused
        String threeLevels = definition(id, DemoCallers.BLOC, "2026-01-01", "2026-12-31", "2026-06-30")
                .replace("]}", ", {\"level\": \"PROVINCE\", \"opensOn\": \"2026-01-01\", \"closesOn\": \"2026-12-31\"}]}");
        Models.as(DemoCallers.admin()).body(threeLevels).post("/api/v1/campaigns")
                .then().statusCode(400).body("violations.field", equalTo(List.of("reviewWindows")));
        Models.as(DemoCallers.admin()).body(definition(id, "kg-dukcq", "2026-01-01", "2026-12-31", "2026-06-30"))
                .post("/api/v1/campaigns").then().statusCode(400).body("violations.field", equalTo(List.of("organisationId")));
        Models.as(DemoCallers.admin()).get("/api/v1/campaigns/{id}", id).then().statusCode(404);
    }

    @Test
    void whoMayDoWhatWithCampaigns() {
        check("GET list", expect(200, Map.of(OPERATOR, 403, ANONYMOUS, 401)), r -> r.get("/api/v1/campaigns"));
        check("GET the demo campaign", expect(200, Map.of(OTHER_PROVINCE_ADMIN, 404, OPERATOR, 403, ANONYMOUS, 401)),
                r -> r.get("/api/v1/campaigns/{id}", "dvk-2026"));
        check("POST campaign", expect(403, Map.of(ADMIN, 201, OTHER_PROVINCE_ADMIN, 400, ANONYMOUS, 401)),
                r -> r.body(definition(Organisations.newId("c"), DemoCallers.BLOC, "2026-01-01", "2026-12-31",
                        "2026-06-30")).post("/api/v1/campaigns"));
        Map<String, Integer> changing = expect(403, Map.of(ADMIN, 200, OTHER_PROVINCE_ADMIN, 404, ANONYMOUS, 401));
        check("close", changing, r -> {
            r.id = opened("2026-01-01", "2026-12-31", "2026-06-30");
            return r.request.header("If-Match", etag(r.id)).post("/api/v1/campaigns/{id}/close", r.id);
        });
        check("open", changing, r -> {
            r.id = Organisations.newId("c");
            Models.as(DemoCallers.admin()).body(definition(r.id, DemoCallers.BLOC, "2026-01-01", "2026-12-31",
                    "2026-06-30")).post("/api/v1/campaigns").then().statusCode(201);
            return r.request.header("If-Match", etag(r.id)).post("/api/v1/campaigns/{id}/open", r.id);
        });
        check("PUT", changing, r -> {
            r.id = opened("2026-01-01", "2026-12-31", "2026-06-30");
            return r.request.header("If-Match", etag(r.id))
                    .body(definition(r.id, DemoCallers.BLOC, "2026-01-01", "2027-12-31", "2026-06-30"))
                    .put("/api/v1/campaigns/{id}", r.id);
        });
        // auditors see opened campaigns, not an admin's draft
        String draft = Organisations.newId("c");
        Models.as(DemoCallers.admin()).body(definition(draft, DemoCallers.BLOC, "2026-01-01", "2026-12-31", "2026-06-30"))
                .post("/api/v1/campaigns").then().statusCode(201);
        check("GET a draft", expect(404, Map.of(ADMIN, 200, OPERATOR, 403, ANONYMOUS, 401)),
                r -> r.get("/api/v1/campaigns/{id}", draft));
        Models.as(DemoCallers.auditor()).get("/api/v1/campaigns/{id}", draft).then().statusCode(404);
        Models.as(DemoCallers.auditor()).get("/api/v1/campaigns/{id}", "dvk-duk-2026").then().statusCode(200);
    }
}
