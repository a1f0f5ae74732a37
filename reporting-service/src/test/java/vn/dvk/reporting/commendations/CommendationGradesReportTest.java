package vn.dvk.reporting.commendations;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.TestTokens;

/**
 * Commendations are counted by grade ("có thành tích" / "có thành tích xuất sắc"), as the seeds publish them; an
 * event from before grades, or of a form without grades, counts under no grade; a revoked decision takes out exactly
 * the grades it awarded.
 */
@QuarkusTest
class CommendationGradesReportTest {

    private static final String AWARDED = "dvk.recognition.commendation.awarded.v1";
    private static final String ISSUED = "dvk.recognition.decision.issued.v1";
    private static final String REVOKED = "dvk.recognition.decision.revoked.v1";

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "gp-" + suffix;
    private final String bloc = province + "-bloc";
    private final String path = """
            {"province":{"id":"%1$s","name":"Tỉnh Thử"},"bloc":{"id":"%1$s-bloc","name":"Đảng bộ Khối"},
             "base":{"id":"%1$s-base","name":"Đảng bộ Sở"},"unit":{"id":"%1$s-unit","name":"Bệnh viện"}}"""
            .formatted(province);

    @Test
    void commendationsAreCountedByGradeAndARevocationTakesOutItsOwn() {
        UUID decision = UUID.randomUUID();
        List<UUID> revoked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            award(decision, "GIAY_KHEN", "OUTSTANDING", "COLLECTIVE");
        }
        revoked.add(award(decision, "GIAY_KHEN", "OUTSTANDING", "COLLECTIVE"));
        for (int i = 0; i < 2; i++) {
            award(decision, "GIAY_KHEN", "ACHIEVEMENT", "COLLECTIVE");
        }
        revoked.add(award(decision, "GIAY_KHEN", "ACHIEVEMENT", "INDIVIDUAL"));
        award(decision, "GIAY_KHEN", null, "COLLECTIVE"); // published before grades were
        award(decision, "BANG_KHEN", null, "COLLECTIVE"); // a form without grades

        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("BLOC GIAY_KHEN COLLECTIVE null", 1L);
        expected.put("BLOC GIAY_KHEN COLLECTIVE ACHIEVEMENT", 2L);
        expected.put("BLOC GIAY_KHEN COLLECTIVE OUTSTANDING", 4L);
        expected.put("BLOC GIAY_KHEN INDIVIDUAL ACHIEVEMENT", 1L);
        expected.put("BLOC BANG_KHEN COLLECTIVE null", 1L);
        awaitCounts(province, expected);
        awaitCounts(bloc, expected);

        DemoEvents.send(DemoEvents.RECOGNITION, DemoEvents.CASE_EVENTS, ISSUED, decision.toString(), """
                {"decisionId":"%s","sequence":1,"number":"9-QĐ/ĐUK","issuedOn":"2026-06-15","level":"BLOC",
                 "issuerId":"%s","issuerName":"Đảng bộ Khối",
                 "path":{"province":{"id":"%s","name":"Tỉnh Thử"},"bloc":{"id":"%s","name":"Đảng bộ Khối"}},
                 "signerName":"Trần Văn Bình","signerTitle":"Bí thư","legalBasis":"Hướng dẫn 01","modelIds":[],
                 "commendationIds":[],"issuedBy":"bloc.reviewer","occurredAt":"2026-06-15T08:00:00Z"}"""
                .formatted(decision, bloc, province, bloc));
        DemoEvents.send(DemoEvents.RECOGNITION, DemoEvents.CASE_EVENTS, REVOKED, decision.toString(), """
                {"decisionId":"%s","sequence":2,"number":"9-QĐ/ĐUK","level":"BLOC","issuerId":"%s",
                 "path":{"province":{"id":"%s","name":"Tỉnh Thử"},"bloc":{"id":"%s","name":"Đảng bộ Khối"}},
                 "reason":"Kê khai không trung thực","revokingNumber":"10-QĐ/ĐUK","modelIds":[],
                 "commendationIds":["%s","%s"],"revokedBy":"bloc.reviewer","occurredAt":"2026-07-01T08:00:00Z"}"""
                .formatted(decision, bloc, province, bloc, revoked.get(0), revoked.get(1)));
        expected.put("BLOC GIAY_KHEN COLLECTIVE OUTSTANDING", 3L);
        expected.remove("BLOC GIAY_KHEN INDIVIDUAL ACHIEVEMENT");
        awaitCounts(province, expected);
    }

    private UUID award(UUID decision, String form, String grade, String recipientKind) {
        UUID id = UUID.randomUUID();
        DemoEvents.send(DemoEvents.RECOGNITION, DemoEvents.CASE_EVENTS, AWARDED, id.toString(), """
                {"commendationId":"%s","sequence":1,
                 "decision":{"decisionId":"%s","number":"9-QĐ/ĐUK","issuedOn":"2026-06-15"},
                 "form":"%s","formName":"%s",%s"level":"BLOC","recipientKind":"%s","recipientName":"Khoa Nội",
                 "achievement":"Đã có thành tích","path":%s,"occurredAt":"2026-06-15T08:00:00Z"}"""
                .formatted(id, decision, form, form.equals("GIAY_KHEN") ? "Giấy khen" : "Bằng khen",
                        grade == null ? "" : "\"grade\":\"" + grade + "\",\"gradeName\":\"" + grade + "\",",
                        recipientKind, path));
        return id;
    }

    private void awaitCounts(String node, Map<String, Long> expected) {
        String reader = TestTokens.token("province.reader", province, "reviewer");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Map<String, Object>> items = given().auth().oauth2(reader).queryParam("organisationId", node)
                    .get("/api/v1/reports/commendations").then().statusCode(200).extract().path("items");
            Map<String, Long> counted = new LinkedHashMap<>();
            for (Map<String, Object> item : items) {
                counted.put(item.get("level") + " " + item.get("form") + " " + item.get("recipientKind") + " "
                        + item.get("grade"), ((Number) item.get("count")).longValue());
            }
            assertEquals(new java.util.TreeMap<>(expected), new java.util.TreeMap<>(counted), node);
        });
    }
}
