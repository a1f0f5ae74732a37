package vn.dvk.reporting.script;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.reporting.script.ScriptedCampaign.Model;
import vn.dvk.testing.DemoEvents;

/**
 * The public gallery publishes only the text a recognition rests on: the version recognised, as submitted. What a
 * unit edits afterwards (a model returned by the level above, say) appears only once a committee recognises the
 * version that carries it; a withdrawn or revoked model leaves. Told through the producers' events, read anonymously.
 */
@QuarkusTest
class PublishedTextTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(90);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private final ScriptedCampaign campaign = ScriptedCampaign.empty();
    /** A word only this test's models carry, to search the gallery for. */
    private final String tag = "t" + UUID.randomUUID().toString().substring(0, 8);

    /** What the anonymous gallery lists when searched for the text. */
    private static List<Map<String, ?>> galleryFinds(String text) {
        return given().queryParam("q", text).queryParam("limit", 100).get("/api/v1/gallery").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    /** The model recognised at base in the text it was submitted in: a draft first, then the text submitted. */
    private Model recognisedAtBase(String title, String summary) {
        Model model = campaign.newModel(campaign.paths.get(0), null);
        campaign.drafted(model, "Bản nháp đầu tiên " + tag, "Tóm tắt nháp " + tag, DAY);
        campaign.edited(model, "DRAFT", title, summary, DAY.plusDays(1));
        campaign.submitted(model, title, DAY.plusDays(2));
        campaign.caseOpened(model, DAY.plusDays(2));
        campaign.recognized(model, "BASE", 1, DAY.plusDays(5));
        return model;
    }

    private void assertListedAs(Model model, String title, String summary, String level) {
        List<Map<String, ?>> found = galleryFinds(tag);
        assertEquals(1, found.size(), "listed once: " + found);
        assertEquals(model.id().toString(), found.get(0).get("modelId"));
        assertEquals(title, found.get(0).get("title"));
        assertEquals(summary, found.get(0).get("summary"));
        assertEquals(level, found.get(0).get("level"));
    }

    private void assertNothingOf(String... texts) {
        for (String text : texts) {
            assertEquals(List.of(), galleryFinds(text), text);
        }
        given().queryParam("provinceId", campaign.province).queryParam("limit", 100).get("/api/v1/gallery").then()
                .statusCode(200).body(not(containsString("evil.example"))).body(not(containsString("QUẢNG CÁO")));
    }

    @Test
    void aReturnedModelsEditIsNotPublishedUntilItsNewVersionIsRecognised() {
        String recognisedTitle = "Chợ dân vận " + tag;
        String recognisedSummary = "Tóm tắt được công nhận " + tag;
        Model model = recognisedAtBase(recognisedTitle, recognisedSummary);
        campaign.sendUnsentAndAwait(EVENTUALLY);
        assertListedAs(model, recognisedTitle, recognisedSummary, "BASE");
        assertNothingOf("Bản nháp đầu tiên " + tag);

        // nominated, returned by the bloc, and edited by the unit: the edit is the unit's, nobody reviewed it
        campaign.nominated(model, "BASE", "BLOC", DAY.plusDays(6));
        campaign.returned(model, "BLOC", DAY.plusDays(20));
        campaign.edited(model, "RETURNED", "QUẢNG CÁO http://evil.example " + tag, "Mua ngay tại evil " + tag,
                DAY.plusDays(21));
        campaign.sendUnsentAndAwait(EVENTUALLY);
        assertListedAs(model, recognisedTitle, recognisedSummary, "BASE");
        assertNothingOf("evil.example", "Mua ngay tại evil");

        // a rebuild replays the same events into the same gallery
        Rebuilds.rebuild(EVENTUALLY);
        assertListedAs(model, recognisedTitle, recognisedSummary, "BASE");
        assertNothingOf("evil.example", "Mua ngay tại evil");

        // revised and resubmitted as version 2: submitted is not recognised
        String revisedTitle = "Chợ dân vận, bản bổ sung " + tag;
        String revisedSummary = "Tóm tắt bổ sung số liệu " + tag;
        campaign.edited(model, "RETURNED", revisedTitle, revisedSummary, DAY.plusDays(22));
        campaign.resubmitted(model, "BLOC", 2, revisedTitle, DAY.plusDays(23));
        campaign.sendUnsentAndAwait(EVENTUALLY);
        assertListedAs(model, recognisedTitle, recognisedSummary, "BASE");

        // the bloc recognises version 2: its text is published then, and only then
        campaign.recognized(model, "BLOC", 2, DAY.plusDays(30));
        campaign.sendUnsentAndAwait(EVENTUALLY);
        assertListedAs(model, revisedTitle, revisedSummary, "BLOC");
        assertNothingOf("evil.example", recognisedSummary);
    }

    @Test
    void aRecognitionThatDoesNotNameItsVersionPublishesTheVersionLastSubmitted() {
        // recognitions published before they named the version: the one under review is the one last submitted
        Model model = campaign.newModel(campaign.paths.get(0), null);
        campaign.drafted(model, "Mô hình " + tag, "Tóm tắt " + tag, DAY);
        campaign.submitted(model, "Mô hình " + tag, DAY.plusDays(1));
        campaign.caseOpened(model, DAY.plusDays(1));
        campaign.recognizedWithoutVersion(model, "BASE", DAY.plusDays(5));
        campaign.nominated(model, "BASE", "BLOC", DAY.plusDays(6));
        campaign.returned(model, "BLOC", DAY.plusDays(20));
        campaign.edited(model, "RETURNED", "QUẢNG CÁO http://evil.example " + tag, "Sửa sau " + tag,
                DAY.plusDays(21));
        campaign.sendUnsentAndAwait(EVENTUALLY);
        assertListedAs(model, "Mô hình " + tag, "Tóm tắt " + tag, "BASE");
        assertNothingOf("evil.example", "Sửa sau " + tag);
    }

    @Test
    void aWithdrawnModelLeavesTheGalleryAndItsEditNeverAppears() {
        Model model = recognisedAtBase("Mô hình rút " + tag, "Tóm tắt " + tag);
        campaign.sendUnsentAndAwait(EVENTUALLY);
        assertListedAs(model, "Mô hình rút " + tag, "Tóm tắt " + tag, "BASE");

        campaign.nominated(model, "BASE", "BLOC", DAY.plusDays(6));
        campaign.returned(model, "BLOC", DAY.plusDays(20));
        campaign.edited(model, "RETURNED", "QUẢNG CÁO http://evil.example " + tag, "Mua ngay " + tag,
                DAY.plusDays(21));
        campaign.withdrawn(model, 1, DAY.plusDays(22));
        campaign.sendUnsentAndAwait(EVENTUALLY);
        assertNothingOf(tag);
    }

    @Test
    void aRevokedRecognitionTakesTheModelOutOfTheGallery() {
        Model model = recognisedAtBase("Mô hình thu hồi " + tag, "Tóm tắt " + tag);
        campaign.sendUnsentAndAwait(EVENTUALLY);
        assertListedAs(model, "Mô hình thu hồi " + tag, "Tóm tắt " + tag, "BASE");

        // the base's decision is revoked: no recognition stands (case opened and recognised were 1 and 2)
        DemoEvents.revoked(model.id().toString(), campaign.campaign, 3, "BASE", null, "15-QĐ/ĐU");
        org.awaitility.Awaitility.await().atMost(EVENTUALLY).until(() -> galleryFinds(tag).isEmpty());
        assertNothingOf(tag);
    }
}
