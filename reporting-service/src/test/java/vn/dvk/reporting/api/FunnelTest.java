package vn.dvk.reporting.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.DeadLetterList;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.TestTokens;
import vn.dvk.testing.TopicProbe;

@QuarkusTest
class FunnelTest {

    private static ValidatableResponse funnel(String token, String campaignId) {
        return given().auth().oauth2(token).queryParam("campaignId", campaignId)
                .get("/api/v1/reports/funnel").then();
    }

    private static void awaitFunnel(String token, String campaignId, int submitted, int base, int bloc, int province) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> funnel(token, campaignId)
                .statusCode(200)
                .body("campaignId", equalTo(campaignId))
                .body("submitted", equalTo(submitted))
                .body("recognizedAtBase", equalTo(base))
                .body("recognizedAtBloc", equalTo(bloc))
                .body("recognizedAtProvince", equalTo(province)));
    }

    /** A model taken to provincial recognition, in the order the producers publish. */
    private static void climbToProvince(String modelId, String campaignId) {
        DemoEvents.submitted(modelId, campaignId, 1);
        DemoEvents.recognition(DemoEvents.RECOGNIZED, modelId, campaignId, 1, "BASE");
        DemoEvents.recognition(DemoEvents.NOMINATED, modelId, campaignId, 2, "BLOC");
        DemoEvents.recognition(DemoEvents.RECOGNIZED, modelId, campaignId, 3, "BLOC");
        DemoEvents.recognition(DemoEvents.NOMINATED, modelId, campaignId, 4, "PROVINCE");
        DemoEvents.recognition(DemoEvents.RECOGNIZED, modelId, campaignId, 5, "PROVINCE");
    }

    @Test
    void theFunnelCountsEachStageOnceWhateverTheOrderAndRepetitionOfEvents() {
        String campaign = "c-" + UUID.randomUUID();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String third = UUID.randomUUID().toString();

        climbToProvince(first, campaign);
        climbToProvince(first, campaign); // redelivered
        // recognition's event may be read before the registry's
        DemoEvents.recognition(DemoEvents.RECOGNIZED, second, campaign, 1, "BASE");
        DemoEvents.submitted(second, campaign, 1);
        DemoEvents.submitted(third, campaign, 1);

        awaitFunnel(DemoCallers.reviewer(DemoCallers.PROVINCE), campaign, 3, 2, 1, 1);
    }

    @Test
    void aRevokedDecisionTakesItsRecognitionsAndThoseAboveOutOfTheFunnel() {
        String campaign = "c-" + UUID.randomUUID();
        String revoked = UUID.randomUUID().toString();
        String standing = UUID.randomUUID().toString();
        climbToProvince(revoked, campaign);
        climbToProvince(standing, campaign);
        awaitFunnel(DemoCallers.reviewer(DemoCallers.PROVINCE), campaign, 2, 2, 2, 2);

        DemoEvents.revoked(revoked, campaign, 6, "BLOC", "BASE", "125-QĐ/ĐUK");
        DemoEvents.revoked(revoked, campaign, 6, "BLOC", "BASE", "125-QĐ/ĐUK"); // redelivered

        awaitFunnel(DemoCallers.reviewer(DemoCallers.PROVINCE), campaign, 2, 2, 1, 1);
    }

    @Test
    void figuresAreScopedToTheCallersOrganisation() {
        String campaign = "c-" + UUID.randomUUID();
        climbToProvince(UUID.randomUUID().toString(), campaign);
        awaitFunnel(DemoCallers.reviewer(DemoCallers.PROVINCE), campaign, 1, 1, 1, 1);

        awaitFunnel(DemoCallers.reviewer(DemoCallers.BLOC), campaign, 1, 1, 1, 1);
        awaitFunnel(DemoCallers.reviewer(DemoCallers.BASE), campaign, 1, 1, 1, 1);
        awaitFunnel(DemoCallers.admin(), campaign, 1, 1, 1, 1);
        awaitFunnel(DemoCallers.auditor(), campaign, 1, 1, 1, 1);
        awaitFunnel(DemoCallers.reviewer(DemoCallers.OTHER_BASE), campaign, 0, 0, 0, 0);
        awaitFunnel(TestTokens.token("other.province.admin", "hn", "admin"), campaign, 0, 0, 0, 0);
    }

    @Test
    void readersNeedAReviewingRoleAValidTokenAndACampaign() {
        funnel(DemoCallers.unitCadre(), "dvk-2026").statusCode(403);
        given().queryParam("campaignId", "dvk-2026").get("/api/v1/reports/funnel").then().statusCode(401);
        funnel(TestTokens.tokenForAnotherAudience("x", DemoCallers.PROVINCE, "reviewer"), "dvk-2026").statusCode(401);
        funnel(TestTokens.token("no.org", null, "reviewer"), "dvk-2026").statusCode(403);
        given().auth().oauth2(DemoCallers.reviewer(DemoCallers.PROVINCE)).get("/api/v1/reports/funnel")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aPoisonEventIsDeadLetteredAndTheNextEventsOfTheSameModelAreCounted() {
        String campaign = "c-" + UUID.randomUUID();
        String modelId = UUID.randomUUID().toString();
        // same key as the model's own events, so the same partition: they queue up right behind it
        TopicProbe.send(DemoEvents.CASE_EVENTS, modelId, "[1,2", Map.of("ce_type", DemoEvents.RECOGNIZED,
                "ce_id", UUID.randomUUID().toString()));
        climbToProvince(modelId, campaign);

        TopicProbe.await("reporting-service.recognition.case-events.dlq", e -> modelId.equals(e.key()),
                Duration.ofSeconds(30));
        awaitFunnel(DemoCallers.reviewer(DemoCallers.PROVINCE), campaign, 1, 1, 1, 1);
        // operators see what the letter is; what it says only with operator-payloads
        DeadLetterList.assertPayloadOnlyForThePayloadRole(ReportingDeadLetterResource.PATH, modelId, "[1,2");
    }
}
