package vn.dvk.recognition.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.CaseActions;
import vn.dvk.recognition.Submissions;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.TopicProbe;

/**
 * The campaigns' levels and review windows come from the registry's campaign events: applied once, in order, with
 * a poison event dead-lettered and the stream going on.
 */
@QuarkusTest
class CampaignEventsConsumerTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final String BASE = DemoCallers.reviewer(DemoCallers.BASE);
    private static final String BLOC = DemoCallers.reviewer(DemoCallers.BLOC);

    @Test
    void windowsFollowTheLastEventInSequenceWhateverTheOrderOfDelivery() {
        String campaign = "order-" + UUID.randomUUID().toString().substring(0, 8);
        DemoEvents.campaignOpened(campaign, 1, "2026-01-31", "BASE", "BLOC");
        String id = Submissions.casesAtBase(campaign, 1).get(0);
        await().atMost(EVENTUALLY).untilAsserted(() -> queueEntry(campaign)
                .body("items[0].reviewClosesOn", equalTo("2026-01-31")).body("items[0].overdue", equalTo(true))
                .body("counts.overdue", equalTo(1)));
        given().auth().oauth2(BASE).queryParam("campaignId", campaign).queryParam("overdue", false)
                .get("/api/v1/reviews").then().body("counts.total", equalTo(0));

        // 3 arrives before 2, then 2 is delivered twice: the state is 3's
        DemoEvents.campaignOpened(campaign, 3, "2030-12-31", "BASE", "BLOC");
        DemoEvents.campaignOpened(campaign, 2, "2029-12-31", "BASE", "BLOC");
        DemoEvents.campaignOpened(campaign, 2, "2028-12-31", "BASE", "BLOC");
        await().atMost(EVENTUALLY).untilAsserted(() -> queueEntry(campaign)
                .body("items[0].reviewClosesOn", equalTo("2030-12-31")).body("items[0].overdue", equalTo(false)));

        // a poison event goes to the dead-letter topic; the next good one of the campaign is applied
        TopicProbe.send("registry.campaign-events", campaign, "{\"campaignId\":\"" + campaign + "\",\"sequence\":4}",
                Map.of("ce_type", "dvk.registry.campaign.updated.v1", "ce_id", UUID.randomUUID().toString()));
        DemoEvents.campaignOpened(campaign, 4, "2027-06-30", "BASE", "BLOC");
        TopicProbe.await("recognition-service.registry.campaign-events.dlq", e -> campaign.equals(e.key()), EVENTUALLY);
        await().atMost(EVENTUALLY).untilAsserted(() -> queueEntry(campaign)
                .body("items[0].reviewClosesOn", equalTo("2027-06-30")));
        assertEquals(1, TopicProbe.all("recognition-service.registry.campaign-events.dlq").stream()
                .filter(e -> campaign.equals(e.key())).count());

        // the campaign has no provincial level: the bloc cannot nominate onwards
        CaseActions.act(BASE, id, "RECOGNIZE", null).statusCode(200);
        CaseActions.act(BASE, id, "NOMINATE", null).statusCode(200).body("level", equalTo("BLOC"));
        CaseActions.act(BLOC, id, "RECOGNIZE", null).statusCode(200);
        CaseActions.act(BLOC, id, "NOMINATE", null).statusCode(409)
                .body("detail", containsString("chỉ xét đến cấp khối"));
        given().auth().oauth2(BLOC).get("/api/v1/cases/{id}", id).then()
                .body("levels.level", equalTo(List.of("BASE", "BLOC")))
                .body("levels.status", equalTo(List.of("NOMINATED", "RECOGNIZED")));
    }

    private static io.restassured.response.ValidatableResponse queueEntry(String campaign) {
        return given().auth().oauth2(BASE).queryParam("campaignId", campaign).get("/api/v1/reviews").then()
                .statusCode(200).body("counts.total", equalTo(1));
    }
}
