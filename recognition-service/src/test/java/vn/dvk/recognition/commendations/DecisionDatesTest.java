package vn.dvk.recognition.commendations;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.Decisions;
import vn.dvk.recognition.domain.Commendation;
import vn.dvk.recognition.domain.Decision;
import vn.dvk.recognition.domain.ModelStart;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;

/**
 * A decision may not be dated after today (the service's clock) nor before a model it recognises or commends had
 * started, as the registry published it in the model's drafted and updated events: 422, worded in Vietnamese first,
 * and nothing written.
 */
@QuarkusTest
class DecisionDatesTest {

    private static final String BASE = DemoCallers.reviewer(DemoCallers.BASE);
    private static final String DRAFTED = "dvk.registry.model.drafted.v1";
    private static final String UPDATED = "dvk.registry.model.updated.v1";

    @Inject
    Clock clock;

    @Test
    void aDecisionBeforeTheModelStartedIsRefusedWhole() {
        String campaign = "dates-" + UUID.randomUUID().toString().substring(0, 8);
        String model = modelStartedOn(campaign, "2026-07-01");
        long decisions = decisions();
        long commendations = CommendationGradesTest.commendations();
        String early = dated(Decisions.body("70-QĐ/ĐU-" + campaign, "BASE", List.of(model), commendation(model)),
                "2026-06-15");

        given().auth().oauth2(BASE).contentType("application/json").body(early).post("/api/v1/decisions").then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://dvk.example/problems/decision-date-out-of-range"))
                .body("title", equalTo("Ngày quyết định không hợp lệ"))
                .body("detail", startsWith("Ngày quyết định 15/06/2026 trước ngày mô hình " + model
                        + " bắt đầu thực hiện (01/07/2026)"));
        given().auth().oauth2(BASE).header("Accept-Language", "en").contentType("application/json").body(early)
                .post("/api/v1/decisions").then().statusCode(422)
                .body("detail", startsWith("The decision date 2026-06-15 is before model " + model
                        + " started (2026-07-01)"));
        assertEquals(decisions, decisions());
        assertEquals(commendations, CommendationGradesTest.commendations());
        given().auth().oauth2(BASE).get("/api/v1/cases/{id}", model).then().statusCode(200)
                .body("stage", equalTo("UNDER_REVIEW")).body("level", equalTo("BASE"));

        // commending the model alone is held to the same date
        given().auth().oauth2(BASE).contentType("application/json")
                .body(dated(Decisions.body("71-QĐ/ĐU-" + campaign, "BASE", List.of(), commendation(model)),
                        "2026-06-30"))
                .post("/api/v1/decisions").then().statusCode(422)
                .body("type", equalTo("https://dvk.example/problems/decision-date-out-of-range"));

        // on the day it started, it may be recognised
        given().auth().oauth2(BASE).contentType("application/json")
                .body(dated(Decisions.body("72-QĐ/ĐU-" + campaign, "BASE", List.of(model), commendation(model)),
                        "2026-07-01"))
                .post("/api/v1/decisions").then().statusCode(201).body("issuedOn", equalTo("2026-07-01"));
    }

    @Test
    void theStartDateIsTheOneTheRegistryPublishedLast() {
        String campaign = "dates-" + UUID.randomUUID().toString().substring(0, 8);
        String model = UUID.randomUUID().toString();
        DemoEvents.send(DemoEvents.REGISTRY, DemoEvents.MODEL_EVENTS, DRAFTED, model, content(DRAFTED, model, 1,
                campaign, "2026-07-01"));
        DemoEvents.send(DemoEvents.REGISTRY, DemoEvents.MODEL_EVENTS, UPDATED, model, content(UPDATED, model, 2,
                campaign, "2026-05-01"));
        DemoEvents.submitted(model, campaign, 3);
        CommendationGradesTest.awaitAtBase(model);
        assertEquals(LocalDate.parse("2026-05-01"), QuarkusTransaction.requiringNew()
                .call(() -> ModelStart.<ModelStart>findById(UUID.fromString(model)).startedOn));

        given().auth().oauth2(BASE).contentType("application/json")
                .body(Decisions.body("73-QĐ/ĐU-" + campaign, "BASE", List.of(model))) // dated 2026-06-15
                .post("/api/v1/decisions").then().statusCode(201);
    }

    @Test
    void aDecisionDatedAfterTodayIsRefused() {
        String campaign = "dates-" + UUID.randomUUID().toString().substring(0, 8);
        String model = CommendationGradesTest.caseAtBase(campaign);
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        long decisions = decisions();

        given().auth().oauth2(BASE).contentType("application/json")
                .body(dated(Decisions.body("74-QĐ/ĐU-" + campaign, "BASE", List.of(model)), tomorrow.toString()))
                .post("/api/v1/decisions").then().statusCode(422)
                .body("type", equalTo("https://dvk.example/problems/decision-date-out-of-range"))
                .body("detail", containsString("sau ngày hôm nay"));
        assertEquals(decisions, decisions());

        given().auth().oauth2(BASE).contentType("application/json")
                .body(dated(Decisions.body("75-QĐ/ĐU-" + campaign, "BASE", List.of(model)),
                        LocalDate.now(clock).toString()))
                .post("/api/v1/decisions").then().statusCode(201);
    }

    private static String modelStartedOn(String campaign, String startedOn) {
        String model = UUID.randomUUID().toString();
        DemoEvents.send(DemoEvents.REGISTRY, DemoEvents.MODEL_EVENTS, DRAFTED, model, content(DRAFTED, model, 1,
                campaign, startedOn));
        DemoEvents.submitted(model, campaign, 2);
        CommendationGradesTest.awaitAtBase(model);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> ModelStart.findById(UUID.fromString(model)) != null));
        return model;
    }

    /** A drafted or updated event of a model of the demo unit, as the registry publishes it. */
    private static String content(String type, String model, int sequence, String campaign, String startedOn) {
        return """
                {"modelId":"%s","sequence":%d,"status":"DRAFT","unitId":"ag-syt-bvdk","path":%s,
                 "content":{"campaignId":"%s","kind":"MODEL","field":"CULTURE_SOCIETY","ownerKind":"COLLECTIVE",
                   "title":"Mô hình ngày bắt đầu","tags":[],"startedOn":"%s"},
                 "changedAt":"2026-03-01T08:00:00Z"}""".formatted(model, sequence, DemoEvents.PATH, campaign, startedOn);
    }

    private static String commendation(String model) {
        return """
                {"form":"GIAY_KHEN","grade":"ACHIEVEMENT","recipientKind":"COLLECTIVE","recipientName":"Khoa Nội",
                 "unitId":"ag-syt-bvdk","modelId":"%s","achievement":"Đã có thành tích"}""".formatted(model);
    }

    private static String dated(String body, String issuedOn) {
        return body.replace("\"issuedOn\":\"2026-06-15\"", "\"issuedOn\":\"" + issuedOn + "\"");
    }

    private static long decisions() {
        return QuarkusTransaction.requiringNew().call(() -> Decision.count());
    }
}
