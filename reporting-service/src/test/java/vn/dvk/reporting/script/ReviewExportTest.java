package vn.dvk.reporting.script;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dvk.reporting.domain.Labels;
import vn.dvk.testing.TestTokens;

/**
 * The review report in its three forms: the JSON equals the script, the workbook's sheets carry the same figures
 * with Vietnamese headings and totals that reconcile with the summary, and the CSV holds every figure of the
 * workbook and no other.
 */
@QuarkusTest
class ReviewExportTest {

    private static final LocalDate LATER = LocalDate.of(2026, 12, 31);
    private static final LocalDate PAST = ScriptedCampaign.REVOCATION_DAY.minusDays(1);
    private static final List<String> SHEETS = List.of("Tổng hợp", "Theo lĩnh vực", "Theo loại hình", "Theo chủ thể",
            "Theo tổ chức", "Hồ sơ chờ xét", "Khen thưởng", "Theo tháng", "Nhân rộng", "Chỉ tiêu dân vận");
    /** The headings of the funnel's columns, in the order of {@link ScriptedCampaign#STAGES}. */
    private static final List<String> FUNNEL_HEADINGS = List.of("Đăng ký", "Công nhận cấp cơ sở", "Công nhận cấp khối",
            "Công nhận cấp tỉnh", "Đang xét cấp cơ sở", "Đang xét cấp khối", "Đang xét cấp tỉnh", "Trả lại để bổ sung",
            "Không công nhận", "Bị thu hồi công nhận", "Đã rút");
    private static final int HEADING_ROW = 3;

    private static ScriptedCampaign script;

    private static synchronized ScriptedCampaign sent() {
        if (script == null) {
            ScriptedCampaign campaign = new ScriptedCampaign(80);
            campaign.sendAndAwait(4, Duration.ofSeconds(90));
            script = campaign;
        }
        return script;
    }

    private static io.restassured.specification.RequestSpecification reader(ScriptedCampaign campaign) {
        return given().auth().oauth2(TestTokens.token("province.reader", campaign.province, "reviewer"))
                .queryParam("campaignId", campaign.campaign);
    }

    private static XSSFWorkbook workbook(ScriptedCampaign campaign, LocalDate asOf) throws IOException {
        byte[] bytes = reader(campaign).queryParam("asOf", asOf.toString()).get("/api/v1/reports/review/xlsx")
                .then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", startsWith("attachment; filename=\"bao-cao_" + campaign.campaign))
                .extract().asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** A sheet's rows below the headings: label → heading → number (a total's stored value for a formula). */
    private static Map<String, Map<String, Long>> figures(Sheet sheet) {
        Row headings = sheet.getRow(HEADING_ROW);
        Map<String, Map<String, Long>> figures = new LinkedHashMap<>();
        for (int r = HEADING_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, Long> values = new LinkedHashMap<>();
            for (int c = 1; c < headings.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                if (cell != null && cell.getCellType() != CellType.BLANK) {
                    values.put(headings.getCell(c).getStringCellValue(), (long) cell.getNumericCellValue());
                }
            }
            figures.put(row.getCell(0).getStringCellValue(), values);
        }
        return figures;
    }

    private static Map<String, Long> asHeadings(Map<String, Long> funnel) {
        Map<String, Long> byHeading = new LinkedHashMap<>();
        List<Long> values = new ArrayList<>(funnel.values());
        for (int i = 0; i < FUNNEL_HEADINGS.size(); i++) {
            byHeading.put(FUNNEL_HEADINGS.get(i), values.get(i));
        }
        return byHeading;
    }

    @Test
    void theReviewEqualsTheScriptAndItsBreakdownsAddUpToTheFunnel() {
        ScriptedCampaign campaign = sent();
        JsonPath review = reader(campaign).get("/api/v1/reports/review").then().statusCode(200).extract().jsonPath();
        Map<String, Long> funnel = campaign.funnel(campaign.province, LATER, m -> true);
        for (String stage : ScriptedCampaign.STAGES.keySet()) {
            assertEquals(funnel.get(stage), review.getLong("funnel." + stage), stage);
            for (String breakdown : List.of("fields", "kinds", "ownerKinds")) {
                assertEquals(funnel.get(stage), review.getList(breakdown + ".funnel." + stage, Number.class).stream()
                        .mapToLong(Number::longValue).sum(), breakdown + " " + stage);
            }
        }
        for (String field : ScriptedCampaign.FIELDS) {
            Map<String, Long> expected = campaign.funnel(campaign.province, LATER, m -> m.field().equals(field));
            Map<String, ?> entry = review.getMap("fields.find { it.value == '" + field + "' }");
            assertEquals(Labels.of(field), entry.get("label"));
            assertEquals(expected.get("recognizedAtBase"), ((Number) ((Map<?, ?>) entry.get("funnel"))
                    .get("recognizedAtBase")).longValue(), field);
        }
        List<String> blocs = review.getList("organisations.organisationId");
        assertEquals(campaign.paths.stream().map(ScriptedCampaign.Path::bloc).distinct().sorted().toList(),
                blocs.stream().sorted().toList());
        for (String bloc : blocs) {
            assertEquals(campaign.funnel(bloc, LATER, m -> true).get("submitted"),
                    review.getLong("organisations.find { it.organisationId == '" + bloc + "' }.funnel.submitted"), bloc);
        }
        assertEquals(12, review.getList("timeline").size());
        assertEquals(3, review.getList("backlog").size());
    }

    @Test
    void theWorkbookHasASheetPerTableWithVietnameseHeadingsAndTotalsThatReconcile() throws IOException {
        ScriptedCampaign campaign = sent();
        try (XSSFWorkbook workbook = workbook(campaign, PAST)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(SHEETS, names);
            Sheet summarySheet = workbook.getSheet("Tổng hợp");
            assertTrue(summarySheet.getRow(1).getCell(0).getStringCellValue().contains("đến hết ngày 19/05/2026"),
                    summarySheet.getRow(1).getCell(0).getStringCellValue());
            Map<String, Long> summary = new LinkedHashMap<>();
            figures(summarySheet).forEach((label, value) -> summary.put(label, value.get("Số lượng")));
            // the past day's figures, from the script: not today's
            Map<String, Long> expected = asHeadings(campaign.funnel(campaign.province, PAST, m -> true));
            assertEquals(expected, summary);
            assertFalse(expected.equals(asHeadings(campaign.funnel(campaign.province, LATER, m -> true))),
                    "the past day differs from now, or the test proves nothing");

            Map<String, Map<String, Long>> fields = figures(workbook.getSheet("Theo lĩnh vực"));
            for (String field : ScriptedCampaign.FIELDS) {
                assertEquals(asHeadings(campaign.funnel(campaign.province, PAST, m -> m.field().equals(field))),
                        fields.get(Labels.of(field)), field);
            }
            for (String sheet : List.of("Theo lĩnh vực", "Theo loại hình", "Theo chủ thể", "Theo tổ chức")) {
                Sheet s = workbook.getSheet(sheet);
                Cell total = s.getRow(s.getLastRowNum()).getCell(1);
                assertEquals("Tổng cộng", s.getRow(s.getLastRowNum()).getCell(0).getStringCellValue(), sheet);
                assertEquals(CellType.FORMULA, total.getCellType(), sheet + ": the total is a formula over the rows");
                Map<String, Long> totals = figures(s).get("Tổng cộng");
                for (String heading : FUNNEL_HEADINGS) {
                    assertEquals(summary.get(heading), totals.get(heading), sheet + " " + heading);
                }
            }
            // registrations month by month add up to those standing (the window reaches back before the campaign)
            assertEquals(summary.get("Đăng ký"), figures(workbook.getSheet("Theo tháng")).get("Tổng cộng")
                    .get("Đăng ký"));
        }
    }

    @Test
    void theCsvCarriesEveryFigureOfTheWorkbookAndNoOther() throws IOException {
        ScriptedCampaign campaign = sent();
        Map<String, Long> fromWorkbook = new HashMap<>();
        try (XSSFWorkbook workbook = workbook(campaign, LATER)) {
            for (String sheet : SHEETS) {
                figures(workbook.getSheet(sheet)).forEach((label, values) -> values.forEach((heading, value) ->
                        fromWorkbook.put(sheet + "|" + label + "|" + heading, value)));
            }
        }
        byte[] bytes = reader(campaign).queryParam("asOf", LATER.toString()).get("/api/v1/reports/review/csv")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFbảng,mục,chỉ tiêu,giá trị\r\n"), "a BOM, then the header");
        Map<String, Long> fromCsv = new HashMap<>();
        for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1)))) {
            Long previous = fromCsv.put(record.get(0) + "|" + record.get(1) + "|" + record.get(2),
                    Long.parseLong(record.get(3)));
            assertEquals(null, previous, "one line per figure: " + record);
        }
        assertEquals(fromWorkbook, fromCsv);
        assertTrue(fromCsv.size() > 100, "the figures are there: " + fromCsv.size());
    }

    @Test
    void exportsAnswerOnlyThoseWhoMayReadTheSubtree() {
        ScriptedCampaign campaign = sent();
        for (String format : List.of("xlsx", "csv")) {
            String path = "/api/v1/reports/review/" + format;
            given().queryParam("campaignId", campaign.campaign).get(path).then().statusCode(401);
            given().auth().oauth2(TestTokens.token("unit.cadre", campaign.province, "submitter"))
                    .queryParam("campaignId", campaign.campaign).get(path).then().statusCode(403);
            // a reviewer of a bloc asking for the province above it: the same 404 as an unknown organisation
            for (String organisation : List.of(campaign.province, "no-such-organisation")) {
                given().auth().oauth2(TestTokens.token("bloc.reader", campaign.paths.get(0).bloc(), "reviewer"))
                        .queryParam("campaignId", campaign.campaign).queryParam("organisationId", organisation)
                        .get(path).then().statusCode(404).contentType("application/problem+json");
            }
            reader(campaign).queryParam("asOf", "2026-02-30").get(path).then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }
}
