package vn.dvk.reporting.script;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dvk.reporting.script.ScriptedCampaign.Model;
import vn.dvk.reporting.script.ScriptedCampaign.State;

/** The public gallery shows exactly the recognitions that stand, and nothing a decision does not publish. */
@QuarkusTest
class GalleryTest {

    private static final LocalDate LATER = LocalDate.of(2026, 12, 31);
    private static ScriptedCampaign script;

    private static synchronized ScriptedCampaign sent() {
        if (script == null) {
            ScriptedCampaign campaign = new ScriptedCampaign(60);
            campaign.sendAndAwait(4, Duration.ofSeconds(90));
            script = campaign;
        }
        return script;
    }

    private static boolean inGallery(State state) {
        return state.recognized() != null && !state.revoked() && !state.withdrawn();
    }

    /** Every page of the search, followed through its cursors; no model twice. */
    private static List<Map<String, ?>> everyPage(Map<String, Object> parameters) {
        List<Map<String, ?>> items = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParams(parameters).queryParam("limit", 7);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/gallery").then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return items;
    }

    @Test
    void theGalleryShowsEveryStandingRecognitionOnceAndNoOtherModel() {
        ScriptedCampaign campaign = sent();
        List<Map<String, ?>> items = everyPage(Map.of("provinceId", campaign.province));
        Set<String> expected = campaign.models.stream().filter(m -> inGallery(m.on(LATER)))
                .map(m -> m.id().toString()).collect(Collectors.toSet());
        List<String> shown = items.stream().map(i -> (String) i.get("modelId")).toList();
        assertEquals(expected, new HashSet<>(shown));
        assertEquals(shown.size(), new HashSet<>(shown).size(), "no model on two pages");
        // revoked at bloc level, they still stand at base level: left out because a recognition of theirs was revoked
        List<String> revoked = campaign.models.stream().filter(m -> m.on(LATER).revoked()).map(m -> m.id().toString())
                .toList();
        assertFalse(revoked.isEmpty());
        assertTrue(revoked.stream().noneMatch(shown::contains));
        for (Map<String, ?> item : items) {
            Model model = campaign.model(java.util.UUID.fromString((String) item.get("modelId")));
            assertEquals(model.on(LATER).recognized(), item.get("level"));
            assertEquals(model.field(), item.get("field"));
            assertEquals("Đơn vị " + model.path().unit(), item.get("unitName"));
        }
        assertTrue(items.stream().anyMatch(i -> i.get("decisionNumber") != null && i.get("decisionIssuedOn") != null),
                "recognitions by decision show the decision");
    }

    @Test
    void nothingThatIsNotPublicLeaves() {
        ScriptedCampaign campaign = sent();
        Response response = given().queryParam("provinceId", campaign.province).queryParam("limit", 100)
                .get("/api/v1/gallery");
        response.then().statusCode(200)
                .body(not(containsString("Nguyễn Văn An"))) // the owner's name, in the drafts
                .body(not(containsString("reviewer")))
                .body(not(containsString("ownerName")));
        Set<String> fields = new HashSet<>();
        response.jsonPath().<Map<String, ?>>getList("items").forEach(item -> fields.addAll(item.keySet()));
        assertEquals(Set.of("modelId", "title", "unitName", "field", "level", "decisionNumber", "decisionIssuedOn",
                "recognizedOn", "summary", "campaignId"), fields);
    }

    @Test
    void aSearchFindsTheSameModelsWithOrWithoutDiacritics() {
        ScriptedCampaign campaign = sent();
        String unit = campaign.paths.get(1).unit();
        Set<String> expected = campaign.models.stream()
                .filter(m -> m.path().unit().equals(unit) && inGallery(m.on(LATER)))
                .map(m -> m.id().toString()).collect(Collectors.toSet());
        assertFalse(expected.isEmpty());
        for (String text : List.of("Dân vận khéo ở " + unit, "dan van kheo o " + unit, "DÂN VẬN KHÉO Ở " + unit.toUpperCase())) {
            Set<String> found = everyPage(Map.of("q", text)).stream().map(i -> (String) i.get("modelId"))
                    .collect(Collectors.toSet());
            assertEquals(expected, found, text);
        }
        assertEquals(List.of(), everyPage(Map.of("q", "100%_" + unit)));
    }

    @Test
    void pagesAreCacheableAndRevalidate() {
        ScriptedCampaign campaign = sent();
        Response first = given().queryParam("provinceId", campaign.province).get("/api/v1/gallery");
        first.then().statusCode(200).header("Cache-Control", containsString("max-age=60"));
        String tag = first.header("ETag");
        given().queryParam("provinceId", campaign.province).header("If-None-Match", tag).get("/api/v1/gallery")
                .then().statusCode(304);
        given().queryParam("provinceId", campaign.province).queryParam("level", "PROVINCE")
                .header("If-None-Match", tag).get("/api/v1/gallery").then().statusCode(200);
        // a page asked for under an If-Match naming another page: a problem with the page as it is now
        given().queryParam("provinceId", campaign.province).header("If-Match", "\"x\"").get("/api/v1/gallery")
                .then().statusCode(412).contentType("application/problem+json")
                .body("current.items", notNullValue());
    }

    @Test
    void badParametersAreRefusedWithAProblem() {
        for (Map<String, Object> bad : List.of(Map.<String, Object>of("limit", 0), Map.<String, Object>of("limit", 101),
                Map.<String, Object>of("cursor", "garbage"), Map.<String, Object>of("level", "NATION"),
                Map.<String, Object>of("q", "a\u0000b"), Map.<String, Object>of("field", "economy; drop"),
                Map.<String, Object>of("provinceId", "AG!"), Map.<String, Object>of("q", "x".repeat(201)),
                Map.<String, Object>of("q", "a"), Map.<String, Object>of("q", " ô "), Map.<String, Object>of("q", "o\u0302n"))) {
            given().queryParams(bad).get("/api/v1/gallery").then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void theGalleryPageIsServedWithoutLogin() {
        given().get("/gallery/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<script src=\"gallery.js\"></script>"));
        given().get("/gallery/gallery.js").then().statusCode(200).body(containsString("/api/v1/gallery"));
    }
}
