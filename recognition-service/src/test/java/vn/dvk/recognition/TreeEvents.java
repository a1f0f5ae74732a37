package vn.dvk.recognition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.TestTokens;

/**
 * Organisations and submissions of a base organisation made for one test, under the demo bloc of Chợ Mới, as the
 * registry publishes them: what a test that changes how an issuer is named uses, so that no other test's issuer
 * changes.
 */
public final class TreeEvents {

    public static final String ORGANISATION_EVENTS = "registry.organisation-events";
    private static final String PROVINCE = "{\"id\":\"ag\",\"name\":\"Tỉnh An Giang\"}";
    private static final String BLOC = "{\"id\":\"ag-hu-cm\",\"name\":\"Đảng bộ huyện Chợ Mới\"}";

    private TreeEvents() {
    }

    /** The path of a unit of the base, both named "… xã Kiến An". */
    public static String path(String baseId) {
        return """
                {"province":%s,"bloc":%s,"base":{"id":"%s","name":"Đảng bộ xã Kiến An"},
                 "unit":{"id":"%s-hpn","name":"Hội Liên hiệp Phụ nữ xã Kiến An"}}""".formatted(PROVINCE, BLOC, baseId,
                baseId);
    }

    public static String reviewer(String baseId) {
        return TestTokens.token("reviewer." + baseId, baseId, "reviewer");
    }

    /**
     * The registry reported the base organisation (created at sequence 1, renamed after), with the issuer given as
     * a JSON object, or none when null.
     */
    public static void baseChanged(String baseId, long sequence, String issuer) {
        String organisation = """
                {"id":"%s","kind":"BASE","name":"Đảng bộ xã Kiến An","code":"%s","parentId":"ag-hu-cm",
                 "active":true,"validFrom":"2025-07-01"%s}""".formatted(baseId, baseId.toUpperCase(),
                issuer == null ? "" : ",\"issuer\":" + issuer);
        String type = sequence == 1 ? "dvk.registry.organisation.created.v1" : "dvk.registry.organisation.renamed.v1";
        DemoEvents.send(DemoEvents.REGISTRY, ORGANISATION_EVENTS, type, baseId, """
                {"organisationId":"%s","sequence":%d,"provinceId":"ag","organisation":%s,"previous":%s,
                 "lineage":[{"id":"ag","name":"Tỉnh An Giang"},{"id":"ag-hu-cm","name":"Đảng bộ huyện Chợ Mới"},
                   {"id":"%s","name":"Đảng bộ xã Kiến An"}],
                 "changedBy":"province.admin","changedAt":"2026-01-02T08:00:00Z"}"""
                .formatted(baseId, sequence, organisation, sequence == 1 ? "null" : organisation, baseId));
    }

    /**
     * A unit of the base submitted a model ({@code ownerName} as JSON: a quoted name, or null) and its base
     * reviewer's queue shows it.
     */
    public static void submitted(String baseId, String modelId, String campaignId, String kind, String ownerKind,
            String ownerName) {
        DemoEvents.send(DemoEvents.REGISTRY, DemoEvents.MODEL_EVENTS, DemoEvents.SUBMITTED, modelId, """
                {"modelId":"%s","sequence":1,"version":1,"level":"BASE","campaignId":"%s",
                 "title":"Nữ cán bộ hội tận tụy với hội viên nghèo","field":"CULTURE_SOCIETY","kind":"%s",
                 "ownerKind":"%s","ownerName":%s,"submittedAt":"2026-03-01T08:00:00Z","path":%s}"""
                .formatted(modelId, campaignId, kind, ownerKind, ownerName, path(baseId)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(reviewer(baseId))
                .queryParam("campaignId", campaignId).get("/api/v1/reviews").then().statusCode(200)
                .body("items.modelId", hasItem(modelId)));
    }
}
