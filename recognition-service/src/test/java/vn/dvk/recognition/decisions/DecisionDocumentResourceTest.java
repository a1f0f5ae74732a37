package vn.dvk.recognition.decisions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.Campaigns;
import vn.dvk.recognition.Decisions;
import vn.dvk.recognition.Submissions;
import vn.dvk.recognition.documents.DocumentSamples;
import vn.dvk.testing.DemoCallers;

/**
 * A base committee's decision, issued through the API, printed from what was recorded: its heading from the
 * unit's organisation path, its number and date, the legal basis as issued, an article per thing decided, the
 * annexed lists of its models and commendations; as PDF by default and as DOCX on request; revoked, it says so.
 * (Who may read it: RecognitionAccessMatrixTest.)
 */
@QuarkusTest
class DecisionDocumentResourceTest {

    private static final String BASE = DemoCallers.reviewer(DemoCallers.BASE);
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void theDecisionPrintsWithItsAnnexedListsAsPdfAndAsDocx() {
        String campaign = "doc-" + UUID.randomUUID().toString().substring(0, 8);
        Campaigns.open(campaign, "BASE", "BLOC");
        List<String> models = Submissions.casesAtBase(campaign, 2);
        String number = "12-QĐ/ĐU-" + campaign;
        String decisionId = Decisions.issue(BASE, Decisions.body(number, "BASE", models, """
                {"form":"GIAY_KHEN","grade":"ACHIEVEMENT","recipientKind":"INDIVIDUAL",
                 "recipientName":"Nguyễn Thị Hồng Nhung","unitId":"%s","achievement":"Tận tụy với người bệnh nghèo"}""".formatted(DemoCallers.UNIT)))
                .statusCode(201).extract().path("id");

        byte[] pdf = given().auth().oauth2(BASE).get("/api/v1/decisions/{id}/document", decisionId).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();

        List<String> lines = DocumentSamples.lines(pdf);
        String all = String.join("\n", lines);
        assertEquals(List.of("ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH AN GIANG", "ĐẢNG ỦY SỞ Y TẾ", "*",
                "Số " + number, "ĐẢNG CỘNG SẢN VIỆT NAM", "An Giang, ngày 15 tháng 6 năm 2026", "QUYẾT ĐỊNH",
                "công nhận mô hình, điển hình “Dân vận khéo” cấp cơ sở và khen thưởng", "ĐẢNG ỦY SỞ Y TẾ",
                "- Căn cứ Quy chế Dân vận khéo;", "- Xét đề nghị của Ban Dân vận,", "QUYẾT ĐỊNH"),
                lines.subList(0, 12), all);
        String flowing = String.join(" ", lines);
        for (String expected : List.of(
                "Điều 1. Công nhận 2 mô hình, điển hình “Dân vận khéo” cấp cơ sở (có danh sách kèm theo).",
                "Điều 2. Tặng Giấy khen của Đảng ủy Sở Y tế cho 1 cá nhân có thành tích trong phong trào thi đua "
                        + "“Dân vận khéo” (có danh sách kèm theo).",
                "Điều 3. Quyết định có hiệu lực kể từ ngày ký.",
                "Nơi nhận: - Như Điều 3, - Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh An Giang (báo cáo), "
                        + "- Lưu Văn phòng. T/M ĐẢNG ỦY PHÓ BÍ THƯ THƯỜNG TRỰC Nguyễn Văn An",
                "DANH SÁCH các mô hình, điển hình được công nhận (Kèm theo Quyết định số " + number
                        + ", ngày 15 tháng 6 năm 2026 của Đảng ủy Sở Y tế)",
                "1 Mô hình \"Dân vận khéo\" tại bệnh viện Mô hình Bệnh viện Đa khoa Trung tâm An Giang",
                "2 Mô hình \"Dân vận khéo\" tại bệnh viện Mô hình Bệnh viện Đa khoa Trung tâm An Giang",
                "Danh sách có 2 mô hình, điển hình.",
                "1 Nguyễn Thị Hồng Nhung Cá nhân Bệnh viện Đa khoa Trung tâm An Giang Giấy khen Tận tụy với người "
                        + "bệnh nghèo")) {
            assertTrue(flowing.contains(expected), expected + "\n" + all);
        }

        byte[] docx = given().auth().oauth2(BASE).queryParam("format", "docx")
                .get("/api/v1/decisions/{id}/document", decisionId).then().statusCode(200).contentType(DOCX)
                .extract().asByteArray();
        List<String> docxLines = DocumentSamples.docxLines(docx);
        assertTrue(docxLines.containsAll(List.of("ĐẢNG ỦY SỞ Y TẾ", "Số " + number, "T/M ĐẢNG ỦY",
                "1\tMô hình \"Dân vận khéo\" tại bệnh viện\tMô hình\tBệnh viện Đa khoa Trung tâm An Giang",
                "1\tNguyễn Thị Hồng Nhung\tCá nhân\tBệnh viện Đa khoa Trung tâm An Giang\tGiấy khen\t"
                        + "Tận tụy với người bệnh nghèo")), String.join("\n", docxLines));
        // the Accept header chooses when no format is named
        given().auth().oauth2(BASE).accept(DOCX).get("/api/v1/decisions/{id}/document", decisionId).then()
                .statusCode(200).contentType(DOCX);
        given().auth().oauth2(BASE).queryParam("format", "odt").get("/api/v1/decisions/{id}/document", decisionId)
                .then().statusCode(400).contentType("application/problem+json");

        Decisions.revoke(BASE, decisionId, "Hồ sơ chưa đúng", "13-QĐ/ĐU-" + campaign).statusCode(200);
        byte[] revoked = given().auth().oauth2(BASE).get("/api/v1/decisions/{id}/document", decisionId).then()
                .statusCode(200).extract().asByteArray();
        assertTrue(DocumentSamples.lines(revoked).contains("(Quyết định đã được thu hồi theo Quyết định số 13-QĐ/ĐU-"
                + campaign + ")"), String.join("\n", DocumentSamples.lines(revoked)));
    }
}
