package vn.dvk.registry.history;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dvk.registry.CallerMatrix.ADMIN;
import static vn.dvk.registry.CallerMatrix.ANONYMOUS;
import static vn.dvk.registry.CallerMatrix.OTHER_PROVINCE_ADMIN;
import static vn.dvk.registry.CallerMatrix.check;
import static vn.dvk.registry.CallerMatrix.expect;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.HistoryWorkbooks;
import vn.dvk.registry.Models;
import vn.dvk.registry.domain.Campaign;
import vn.dvk.registry.domain.CampaignStatus;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.TestTokens;
import vn.dvk.testing.TopicProbe;

/**
 * A cadre's history workbook: the template downloaded, filled and sent goes through the same checks and importer
 * as JSON; a cell that is no date or a rule the file breaks is refused at its sheet and cell with nothing written;
 * a file that is no workbook is a 400; only those who may import get the template or import a workbook.
 */
@QuarkusTest
class HistoryWorkbookTest {

    private static final String PATH = "/api/v1/history-imports";
    private static final String TEMPLATE = PATH + "/template.xlsx";

    @Test
    void theTemplateFilledInIsImportedLikeTheJsonFile() throws Exception {
        byte[] template = Models.as(DemoCallers.admin()).get(TEMPLATE).then().statusCode(200)
                .contentType(HistoryWorkbooks.XLSX).extract().asByteArray();
        try (XSSFWorkbook blank = HistoryWorkbooks.open(template)) {
            assertEquals(List.of("Đợt", "Mô hình", "Quyết định", "Khen thưởng", "Chỉ số"), sheetNames(blank));
            Sheet models = blank.getSheet("Mô hình");
            assertEquals("Ngày gửi", models.getRow(0).getCell(2).getStringCellValue());
            assertEquals("submittedOn", models.getRow(1).getCell(2).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(models.getRow(2).getCell(2)), "the example's day is a date cell");
        }
        byte[] workbook = HistoryWorkbooks.bytes(HistoryWorkbooks.filled(template, "ag-hw-ok", "ag-hw-ok-c"));
        long before = Models.count();

        String first = Models.as(DemoCallers.admin()).contentType(HistoryWorkbooks.XLSX).body(workbook).post(PATH)
                .then().statusCode(201)
                .body("importId", equalTo("ag-hw-ok"), "models", equalTo(3), "campaigns", equalTo(1),
                        "decisions", equalTo(1), "recognitions.BASE", equalTo(2), "commendations", equalTo(1),
                        "indicatorMonths", equalTo(1))
                .extract().asString();

        assertEquals(before + 3, Models.count());
        Map<String, LocalDate> titles = QuarkusTransaction.requiringNew().call(() -> MobilizationModel
                .<MobilizationModel>list("campaignId", "ag-hw-ok-c").stream()
                .collect(Collectors.toMap(m -> m.content().title(), m -> m.content().startedOn())));
        assertEquals(Map.of("Mô hình m1", LocalDate.of(2019, 3, 1), "Mô hình m2", LocalDate.of(2019, 4, 1),
                "Mô hình m3", LocalDate.of(2019, 5, 2)), titles);
        assertEquals(CampaignStatus.CLOSED, QuarkusTransaction.requiringNew()
                .call(() -> Campaign.<Campaign>findById("ag-hw-ok-c").status));
        List<TopicProbe.Event> submitted = await().atMost(Duration.ofSeconds(60)).until(
                () -> ofImport("dvk.registry.model.submitted.v1"), events -> events.size() == 3);
        assertTrue(submitted.stream().anyMatch(e -> e.value().contains("\"submittedAt\":\"2019-04-01")),
                "m2's day typed as text 1/4/2019 is the 1st of April: " + submitted);
        await().atMost(Duration.ofSeconds(60)).until(
                () -> ofImport("dvk.registry.model.history-recorded.v1"), events -> events.size() == 2);

        // the same workbook again: what the first import did, nothing written
        String again = Models.as(DemoCallers.admin()).contentType(HistoryWorkbooks.XLSX).body(workbook).post(PATH)
                .then().statusCode(200).extract().asString();
        assertEquals(first, again);
        assertEquals(before + 3, Models.count());
    }

    @Test
    void aCellThatIsNoDateIsRefusedAtItsSheetAndCellAndNothingIsWritten() {
        XSSFWorkbook workbook = HistoryWorkbooks.filled(template(), "ag-hw-date", "ag-hw-date-c");
        HistoryWorkbooks.set(workbook.getSheet("Mô hình"), 4, "submittedOn", "31/02/2019");
        HistoryWorkbooks.set(workbook.getSheet("Quyết định"), 3, "level", "HUYỆN");
        long before = Models.count();

        Response refused = Models.as(DemoCallers.admin()).contentType(HistoryWorkbooks.XLSX)
                .body(HistoryWorkbooks.bytes(workbook)).post(PATH);

        refused.then().statusCode(422).contentType("application/problem+json")
                .body("type", containsString("history-refused"));
        assertEquals(Map.of("Mô hình!C4", "31/02/2019 không phải là ngày: nhập ô dạng ngày, hoặc viết như "
                        + "2019-03-15 hay 15/3/2019",
                "Quyết định!C3", "HUYỆN không phải giá trị được chọn; các giá trị: BASE, BLOC, PROVINCE"),
                violations(refused));
        assertEquals(before, Models.count());
        Models.as(DemoCallers.admin()).get("/api/v1/campaigns/{id}", "ag-hw-date-c").then().statusCode(404);
    }

    @Test
    void theFilesRulesArePointedAtTheCellsThatBreakThem() {
        XSSFWorkbook workbook = HistoryWorkbooks.filled(template(), "ag-hw-rules", "ag-hw-rules-c");
        HistoryWorkbooks.set(workbook.getSheet("Mô hình"), 5, "unitId", "ag-nowhere");
        HistoryWorkbooks.set(workbook.getSheet("Mô hình"), 4, "content/summary", " ");
        HistoryWorkbooks.set(workbook.getSheet("Quyết định"), 3, "recognises", "m1, m9");
        HistoryWorkbooks.set(workbook.getSheet("Khen thưởng"), 3, "recipientName", " ");
        long before = Models.count();

        Response refused = Models.as(DemoCallers.admin()).contentType(HistoryWorkbooks.XLSX)
                .body(HistoryWorkbooks.bytes(workbook)).post(PATH);

        refused.then().statusCode(422);
        // bean validation first: a blank recipient, at its cell of the commendations sheet
        assertEquals(List.of("Khen thưởng!F3"), List.copyOf(violations(refused).keySet()));
        HistoryWorkbooks.set(workbook.getSheet("Khen thưởng"), 3, "recipientName", "Khoa Nhi");
        Response rules = Models.as(DemoCallers.admin()).contentType(HistoryWorkbooks.XLSX)
                .body(HistoryWorkbooks.bytes(workbook)).post(PATH);
        rules.then().statusCode(422);
        assertEquals(List.of("Mô hình!4:4", "Mô hình!B5", "Quyết định!G3"),
                violations(rules).keySet().stream().sorted().toList(), () -> violations(rules).toString());
        assertEquals(before, Models.count());
    }

    @Test
    void aFileThatIsNoWorkbookIsABadRequest() {
        for (byte[] body : List.of("PK\u0003\u0004 not a zip at all".getBytes(StandardCharsets.ISO_8859_1),
                "{\"importId\": \"ag-hw-json\"}".getBytes(StandardCharsets.UTF_8), new byte[0])) {
            Models.as(DemoCallers.admin()).contentType(HistoryWorkbooks.XLSX).body(body).post(PATH)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("Không đọc được tệp"));
        }
    }

    @Test
    void onlyThoseWhoImportGetTheTemplateOrImportAWorkbook() {
        check("getHistoryTemplate", expect(403, Map.of(ADMIN, 200, OTHER_PROVINCE_ADMIN, 200, ANONYMOUS, 401)),
                call -> call.get(TEMPLATE));
        byte[] workbook = HistoryWorkbooks.bytes(HistoryWorkbooks.filled(template(), "ag-hw-roles", "ag-hw-roles-c"));
        check("importHistoryWorkbook", expect(403, Map.of(ADMIN, 201, OTHER_PROVINCE_ADMIN, 422, ANONYMOUS, 401)),
                call -> call.request.contentType(HistoryWorkbooks.XLSX).body(workbook).post(PATH));
        String blocAdmin = TestTokens.token("bloc.admin", DemoCallers.BLOC, "admin");
        Models.as(blocAdmin).get(TEMPLATE).then().statusCode(403);
        Models.as(blocAdmin).contentType(HistoryWorkbooks.XLSX).body(workbook).post(PATH).then().statusCode(403);
    }

    private static byte[] template() {
        return Models.as(DemoCallers.admin()).get(TEMPLATE).then().statusCode(200).extract().asByteArray();
    }

    private static Map<String, String> violations(Response refused) {
        List<Map<String, String>> violations = refused.jsonPath().getList("violations");
        return violations.stream().collect(Collectors.toMap(v -> v.get("field"), v -> v.get("message")));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        return java.util.stream.IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName)
                .toList();
    }

    private static List<TopicProbe.Event> ofImport(String type) {
        return TopicProbe.all("registry.model-events").stream().filter(e -> type.equals(e.type()))
                .filter(e -> e.value().contains("\"importId\":\"ag-hw-ok\"")).toList();
    }
}
