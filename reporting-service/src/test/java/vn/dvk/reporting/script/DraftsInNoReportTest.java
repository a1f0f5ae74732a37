package vn.dvk.reporting.script;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dvk.reporting.script.ScriptedCampaign.Model;
import vn.dvk.testing.TestTokens;

/**
 * A model never submitted is the unit's draft: no report, export or public page shows it, its text or a figure of
 * it, even when a registered model replicates it or the unit takes the draft back.
 */
@QuarkusTest
class DraftsInNoReportTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(90);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final List<String> REPORTS = List.of("funnel", "breakdown", "breakdown?by=KIND",
            "breakdown?by=OWNER_KIND", "organisations", "backlog", "commendations", "replication", "timeline",
            "indicators", "review", "review/csv");

    private final ScriptedCampaign campaign = ScriptedCampaign.empty();
    private final String tag = "t" + UUID.randomUUID().toString().substring(0, 8);

    private RequestSpecification reader() {
        return given().auth().oauth2(TestTokens.token("province.reader", campaign.province, "reviewer"))
                .queryParam("campaignId", campaign.campaign);
    }

    @Test
    void draftsAreInNoReportExportOrGallery() throws IOException {
        Model draft = campaign.newModel(campaign.paths.get(0), null);
        campaign.drafted(draft, "Bản nháp riêng " + tag, "Tóm tắt nháp " + tag, DAY);
        campaign.edited(draft, "DRAFT", "Bản nháp sửa " + tag, "Tóm tắt sửa " + tag, DAY.plusDays(1));
        Model takenBack = campaign.newModel(campaign.paths.get(1), null);
        campaign.drafted(takenBack, "Nháp rồi rút " + tag, "Tóm tắt " + tag, DAY);
        campaign.withdrawn(takenBack, 0, DAY.plusDays(1));
        // a registered model says it replicates the draft
        Model replica = campaign.newModel(campaign.paths.get(0), draft.id());
        campaign.drafted(replica, "Mô hình nhân rộng", "Làm theo đơn vị bạn", DAY.plusDays(2));
        campaign.submitted(replica, "Mô hình nhân rộng", DAY.plusDays(3));
        campaign.sendUnsentAndAwait(EVENTUALLY);

        reader().get("/api/v1/reports/funnel").then().statusCode(200)
                .body("submitted", org.hamcrest.Matchers.equalTo(1))
                .body("withdrawn", org.hamcrest.Matchers.equalTo(0));
        assertEquals(List.of(), reader().get("/api/v1/reports/replication").then().statusCode(200).extract()
                .jsonPath().getList("items"));
        for (String report : REPORTS) {
            reader().get("/api/v1/reports/" + report).then().statusCode(200).body(not(containsString(tag)));
        }
        byte[] xlsx = reader().get("/api/v1/reports/review/xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            assertFalse(cell.getStringCellValue().contains(tag), sheet.getSheetName());
                        }
                    }
                }
            }
        }
        given().queryParam("q", tag).get("/api/v1/gallery").then().statusCode(200).body(not(containsString(tag)));
        given().queryParam("provinceId", campaign.province).get("/api/v1/gallery").then().statusCode(200)
                .body(not(containsString(tag)));
    }
}
