package vn.dvk.reporting.documents;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.TestTokens;

/**
 * The review-conference report of a bloc, rendered as PDF and DOCX and read back: the Party heading of the bloc's
 * committee as the tree records it, the title by the period, the figures in the sentences and tables of part I,
 * parts II and III, the recipients and the signature; 404 for an organisation outside the caller's subtree.
 */
@QuarkusTest
class ConferenceReportTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final String province = "cr" + UUID.randomUUID().toString().substring(0, 8);
    private final String bloc = province + "-bloc";
    private final String campaign = "cr-" + UUID.randomUUID().toString().substring(0, 8);
    private final String path = """
            {"province":{"id":"%1$s","name":"Tỉnh Thử Nghiệm"},
             "bloc":{"id":"%1$s-bloc","name":"Đảng bộ Khối các Cơ quan tỉnh Thử Nghiệm"},
             "base":{"id":"%1$s-base","name":"Đảng bộ Sở Y tế"},"unit":{"id":"%1$s-unit","name":"Bệnh viện Đa khoa"}}"""
            .formatted(province);

    @Inject
    Clock clock;

    @Test
    void aBlocsYearReportPrintsItsHeadingFiguresAndSignature() {
        organisation(province, 1, List.of(province), "PROVINCE", """
                {"committee":"Tỉnh ủy Thử Nghiệm","decidingBody":"Ban Thường vụ Tỉnh ủy",
                 "onBehalfOf":"T/M BAN THƯỜNG VỤ","signerTitle":"BÍ THƯ","place":"Thử Nghiệm"}""");
        organisation(bloc, 1, List.of(province, bloc), "BLOC", """
                {"committee":"Đảng ủy Khối các Cơ quan tỉnh","decidingBody":"Ban Thường vụ Đảng ủy Khối các Cơ quan tỉnh",
                 "onBehalfOf":"T/M BAN THƯỜNG VỤ","signerTitle":"PHÓ BÍ THƯ"}""");
        DemoEvents.campaignOpened(campaign, 1, "2030-12-31", "BASE", "BLOC", "PROVINCE");
        String first = submitted("ECONOMY");
        String second = submitted("ECONOMY");
        submitted("CULTURE_SOCIETY");
        recognised(first, 1, "BASE");
        recognised(second, 1, "BASE");
        recognised(first, 2, "BLOC");
        award("GIAY_KHEN", "OUTSTANDING", "COLLECTIVE");
        award("GIAY_KHEN", "ACHIEVEMENT", "INDIVIDUAL");
        String reader = TestTokens.token("bloc.reader", bloc, "reviewer");
        await().atMost(EVENTUALLY).untilAsserted(() -> given().auth().oauth2(reader)
                .queryParam("campaignId", campaign).get("/api/v1/reports/review").then().statusCode(200)
                .body("funnel.submitted", equalTo(3)).body("funnel.recognizedAtBloc", equalTo(1))
                .body("commendations.size()", equalTo(2)));

        // the organisation and campaign events arrive on topics of their own: the heading and the title's campaign
        // follow them once projected
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            List<String> lines = ReportSamples.pdfLines(yearReport(reader));
            assertEquals("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", lines.get(1));
            assertTrue(String.join(" ", lines).contains("đợt thử " + campaign), "the campaign's name in the title");
        });
        byte[] pdf = yearReport(reader);
        ReportSamples.keep("conference-report", pdf);

        List<String> lines = ReportSamples.pdfLines(pdf);
        String all = String.join("\n", lines);
        String today = VietnameseText.date(LocalDate.now(clock));
        assertEquals(List.of("ĐẢNG BỘ TỈNH THỬ NGHIỆM", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "*"), lines.subList(0, 3), all);
        assertTrue(lines.get(3).startsWith("Số") && lines.get(3).endsWith("-BC/"), all);
        assertEquals(List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "Thử Nghiệm, " + today, "BÁO CÁO"), lines.subList(4, 7), all);
        String flowing = String.join(" ", lines);
        for (String expected : List.of(
                "Sơ kết năm 2026 thực hiện phong trào thi đua “Dân vận khéo” – Dân vận khéo – đợt thử " + campaign,
                "I. KẾT QUẢ THỰC HIỆN",
                "1. Kết quả xây dựng mô hình, điển hình: Trong kỳ báo cáo (từ ngày 01 tháng 01 năm 2026 đến "
                        + today + "), các đơn vị thuộc Đảng bộ Khối các Cơ quan tỉnh Thử Nghiệm đã đăng ký xây dựng 3 "
                        + "mô hình, điển hình “Dân vận khéo”, trong đó: lĩnh vực kinh tế 2, lĩnh vực văn hóa - xã hội 1.",
                "2. Kết quả công nhận: đã công nhận 2 mô hình, điển hình cấp cơ sở, 1 mô hình, điển hình cấp khối và "
                        + "0 mô hình, điển hình cấp tỉnh; 0 mô hình, điển hình đang được xem xét.",
                "3. Công tác khen thưởng: đã khen thưởng 2 tập thể, cá nhân, trong đó 2 Giấy khen (1 có thành tích "
                        + "xuất sắc, 1 có thành tích).",
                "Bảng 1. Mô hình, điển hình theo lĩnh vực và cấp công nhận",
                "1 Kinh tế 2 2 1 0", "2 Văn hóa - xã hội 1 0 0 0", "Tổng cộng 3 2 1 0",
                "Bảng 2. Kết quả công nhận theo cấp", "1 Cấp cơ sở 2 0", "2 Cấp khối 1 0",
                "Bảng 3. Khen thưởng theo hình thức và mức khen",
                "Giấy khen Cấp khối Tập thể Có thành tích xuất sắc 1",
                "Giấy khen Cấp khối Cá nhân Có thành tích 1",
                "II. HẠN CHẾ, NGUYÊN NHÂN", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
                "Nơi nhận: - Đảng bộ tỉnh Thử Nghiệm (báo cáo), - Các tổ chức, đơn vị trực thuộc, - Lưu Văn phòng.",
                "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ")) {
            assertTrue(flowing.contains(expected), expected + "\n" + all);
        }

        List<String> docx = ReportSamples.docxLines(given().auth().oauth2(reader).accept(DOCX)
                .queryParam("campaignId", campaign).queryParam("period", "2026-H2")
                .get("/api/v1/reports/conference-report").then().statusCode(200).contentType(DOCX).extract()
                .asByteArray());
        assertTrue(docx.containsAll(List.of("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Thử Nghiệm, " + today, "BÁO CÁO", "1\tKinh tế\t0\t0\t0\t0", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ")),
                String.join("\n", docx));
        assertTrue(docx.stream().anyMatch(line -> line.startsWith("Sơ kết 6 tháng cuối năm 2026")),
                String.join("\n", docx));

        // the whole cycle is "Tổng kết"; a format not offered is refused
        List<String> cycle = ReportSamples.pdfLines(given().auth().oauth2(reader).queryParam("campaignId", campaign)
                .get("/api/v1/reports/conference-report").then().statusCode(200).extract().asByteArray());
        assertTrue(String.join(" ", cycle).contains("Tổng kết thực hiện phong trào thi đua “Dân vận khéo”"),
                String.join("\n", cycle));
        given().auth().oauth2(reader).queryParam("campaignId", campaign).queryParam("format", "odt")
                .get("/api/v1/reports/conference-report").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anOrganisationOutsideTheCallersSubtreeIsNotFound() {
        DemoEvents.submitted(UUID.randomUUID().toString(), campaign, 1);
        await().atMost(EVENTUALLY).untilAsserted(() -> given().auth().oauth2(DemoCallers.reviewer(DemoCallers.BASE))
                .queryParam("campaignId", campaign).get("/api/v1/reports/funnel").then().statusCode(200)
                .body("submitted", equalTo(1)));
        given().auth().oauth2(DemoCallers.reviewer(DemoCallers.BASE)).queryParam("campaignId", campaign)
                .queryParam("organisationId", DemoCallers.BLOC).get("/api/v1/reports/conference-report").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(DemoCallers.leader(DemoCallers.BLOC)).queryParam("campaignId", campaign)
                .queryParam("organisationId", DemoCallers.BASE).get("/api/v1/reports/conference-report").then()
                .statusCode(200).contentType("application/pdf");
        given().auth().oauth2(DemoCallers.unitCadre()).queryParam("campaignId", campaign)
                .get("/api/v1/reports/conference-report").then().statusCode(403);
    }

    private byte[] yearReport(String reader) {
        return given().auth().oauth2(reader).queryParam("campaignId", campaign).queryParam("period", "2026")
                .get("/api/v1/reports/conference-report").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
    }

    private void organisation(String id, long sequence, List<String> lineage, String kind, String issuer) {
        String names = String.join(",", lineage.stream().map(org -> "{\"id\":\"%s\",\"name\":\"%s\"}".formatted(org,
                org.equals(province) ? "Tỉnh Thử Nghiệm" : "Đảng bộ Khối các Cơ quan tỉnh Thử Nghiệm")).toList());
        String organisation = """
                {"id":"%s","kind":"%s","name":"n","code":"%s","parentId":%s,"active":true,"validFrom":"2025-07-01",
                 "issuer":%s}""".formatted(id, kind, id.toUpperCase(), id.equals(province) ? "null" : "\"" + province + "\"",
                issuer);
        DemoEvents.send(DemoEvents.REGISTRY, "registry.organisation-events", "dvk.registry.organisation.created.v1", id,
                """
                {"organisationId":"%s","sequence":%d,"provinceId":"%s","organisation":%s,"previous":null,
                 "lineage":[%s],"changedBy":"admin","changedAt":"2026-01-02T08:00:00Z"}"""
                        .formatted(id, sequence, province, organisation, names));
    }

    private String submitted(String field) {
        String id = UUID.randomUUID().toString();
        DemoEvents.send(DemoEvents.REGISTRY, DemoEvents.MODEL_EVENTS, DemoEvents.SUBMITTED, id, """
                {"modelId":"%s","sequence":1,"version":1,"level":"BASE","campaignId":"%s","title":"Mô hình thử",
                 "field":"%s","kind":"MODEL","ownerKind":"COLLECTIVE","submittedAt":"2026-03-01T08:00:00Z","path":%s}"""
                .formatted(id, campaign, field, path));
        return id;
    }

    private void recognised(String model, long sequence, String level) {
        DemoEvents.send(DemoEvents.RECOGNITION, DemoEvents.CASE_EVENTS, DemoEvents.RECOGNIZED, model, """
                {"modelId":"%s","sequence":%d,"campaignId":"%s","level":"%s","path":%s,
                 "decidedBy":"reviewer","occurredAt":"2026-04-0%dT08:00:00Z"}"""
                .formatted(model, sequence, campaign, level, path, sequence));
    }

    private void award(String form, String grade, String recipientKind) {
        String id = UUID.randomUUID().toString();
        DemoEvents.send(DemoEvents.RECOGNITION, DemoEvents.CASE_EVENTS, "dvk.recognition.commendation.awarded.v1", id,
                """
                {"commendationId":"%s","sequence":1,
                 "decision":{"decisionId":"%s","number":"9-QĐ/ĐUK","issuedOn":"2026-06-15"},
                 "form":"%s","formName":"Giấy khen","grade":"%s","gradeName":"%s","level":"BLOC","recipientKind":"%s",
                 "recipientName":"Khoa Nội","achievement":"Đã có thành tích","path":%s,
                 "occurredAt":"2026-06-15T08:00:00Z"}"""
                        .formatted(id, UUID.randomUUID(), form, grade, grade, recipientKind, path));
    }
}
