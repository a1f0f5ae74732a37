package vn.dvk.recognition.documents;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.Campaigns;
import vn.dvk.recognition.Decisions;
import vn.dvk.recognition.TreeEvents;

/**
 * A decision and its certificate print the names the organisation tree records for their issuer (committee,
 * deciding body, "T/M BAN THƯỜNG VỤ", place) as the registry's organisation events last gave them, and the names
 * derived from the tree once the issuer records none.
 */
@QuarkusTest
class IssuerNamesFromTheTreeTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final String ISSUER = """
            {"committee":"Đảng ủy xã Kiến An","decidingBody":"Ban Thường vụ Đảng ủy xã Kiến An",
             "onBehalfOf":"T/M BAN THƯỜNG VỤ","signerTitle":"BÍ THƯ","place":"Kiến An"}""";

    @Test
    void theDecisionAndItsCertificatePrintTheIssuerTheTreeRecords() {
        String base = "ag-t-" + UUID.randomUUID().toString().substring(0, 8);
        String campaign = "issuer-" + UUID.randomUUID().toString().substring(0, 8);
        Campaigns.open(campaign, "BASE", "BLOC");
        TreeEvents.baseChanged(base, 1, ISSUER);
        String model = UUID.randomUUID().toString();
        TreeEvents.submitted(base, model, campaign, "MODEL", "COLLECTIVE", "null");
        String reviewer = TreeEvents.reviewer(base);
        String number = "7-QĐ/ĐU-" + campaign;
        String decision = Decisions.issue(reviewer, Decisions.body(number, "BASE", List.of(model))).statusCode(201)
                .extract().path("id");

        await().atMost(EVENTUALLY).untilAsserted(() -> assertEquals(List.of("ĐẢNG BỘ HUYỆN CHỢ MỚI",
                "ĐẢNG ỦY XÃ KIẾN AN", "*", "Số " + number, "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Kiến An, ngày 15 tháng 6 năm 2026", "QUYẾT ĐỊNH",
                "công nhận mô hình, điển hình “Dân vận khéo” cấp cơ sở", "BAN THƯỜNG VỤ ĐẢNG ỦY XÃ KIẾN AN"),
                decisionLines(reviewer, decision).subList(0, 9)));
        String decisionText = String.join(" ", decisionLines(reviewer, decision));
        assertTrue(decisionText.contains("T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ THƯỜNG TRỰC Nguyễn Văn An"), decisionText);
        List<String> certificate = certificateLines(reviewer, model);
        assertTrue(certificate.containsAll(List.of("ĐẢNG ỦY XÃ KIẾN AN", "Kiến An, ngày 15 tháng 6 năm 2026",
                "BAN THƯỜNG VỤ ĐẢNG ỦY XÃ KIẾN AN", "T/M BAN THƯỜNG VỤ")), String.join("\n", certificate));

        // the tree no longer records the issuer: the names derived from the tree's own
        TreeEvents.baseChanged(base, 2, null);
        await().atMost(EVENTUALLY).untilAsserted(() -> assertTrue(
                decisionLines(reviewer, decision).containsAll(List.of("An Giang, ngày 15 tháng 6 năm 2026",
                        "T/M ĐẢNG ỦY")), String.join("\n", decisionLines(reviewer, decision))));
    }

    private static List<String> decisionLines(String token, String decision) {
        return DocumentSamples.lines(given().auth().oauth2(token).get("/api/v1/decisions/{id}/document", decision)
                .then().statusCode(200).extract().asByteArray());
    }

    static List<String> certificateLines(String token, String model) {
        String certificate = given().auth().oauth2(token).get("/api/v1/cases/{id}/certificates", model).then()
                .statusCode(200).extract().path("[0].id");
        return DocumentSamples.lines(given().auth().oauth2(token).get("/api/v1/certificates/{id}/pdf", certificate)
                .then().statusCode(200).extract().asByteArray());
    }
}
