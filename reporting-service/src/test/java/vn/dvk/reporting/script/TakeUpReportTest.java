package vn.dvk.reporting.script;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvk.reporting.script.ScriptedCampaign.Model;
import vn.dvk.reporting.script.ScriptedCampaign.Path;
import vn.dvk.testing.TestTokens;

/**
 * Replication followed through: take-ups the registry reports, through the broker, counted exactly by source model,
 * by taking unit and by month, within the reader's subtree and the period asked for.
 * <pre>
 * source S1 (bloc A, base 1, unit 1): taken up by A-b1-u2 on 10/03 (result 01/05), A-b2 on 20/03, B-b1-u1 on 02/04
 *                                      (result 15/06)
 * source S2 (bloc B, base 1, unit 1): taken up by B-b2-u1 on 10/04, A-b1-u2 on 05/05
 * </pre>
 */
@QuarkusTest
class TakeUpReportTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(90);

    private final ScriptedCampaign campaign = ScriptedCampaign.empty();
    private Model s1;
    private Model s2;

    @BeforeEach
    void takeUps() {
        List<Path> paths = campaign.paths;
        s1 = registered(paths.get(0), "Mô hình \"Dân vận khéo\" S1", LocalDate.of(2026, 1, 10));
        s2 = registered(paths.get(3), "Mô hình S2", LocalDate.of(2026, 1, 12));
        takenUp(paths.get(1), s1, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 5, 1));
        takenUp(paths.get(2), s1, LocalDate.of(2026, 3, 20), null);
        takenUp(paths.get(3), s1, LocalDate.of(2026, 4, 2), LocalDate.of(2026, 6, 15));
        takenUp(paths.get(4), s2, LocalDate.of(2026, 4, 10), null);
        takenUp(paths.get(1), s2, LocalDate.of(2026, 5, 5), null);
        campaign.sendUnsentAndAwait(EVENTUALLY);
    }

    @Test
    void countsTakeUpsBySourceModelUnitAndMonth() {
        assertEquals(List.of(row(s1.id().toString(), "Mô hình \"Dân vận khéo\" S1", unitName(0), 3, 2),
                row(s2.id().toString(), "Mô hình S2", unitName(3), 2, 0)), items(province(), "MODEL", Map.of()));
        assertEquals(List.of(row(unit(1), unitName(1), unitName(1), 2, 1), row(unit(2), unitName(2), unitName(2), 1, 0),
                row(unit(3), unitName(3), unitName(3), 1, 1), row(unit(4), unitName(4), unitName(4), 1, 0)),
                items(province(), "UNIT", Map.of()));
        assertEquals(List.of(row("2026-03", null, null, 2, 1), row("2026-04", null, null, 2, 1),
                row("2026-05", null, null, 1, 0)), items(province(), "MONTH", Map.of()));
        // without by: by source model
        assertEquals(items(province(), "MODEL", Map.of()), items(province(), null, Map.of()));
    }

    @Test
    void countsWithinTheReadersSubtree() {
        String blocA = campaign.paths.get(0).bloc();
        String blocB = campaign.paths.get(3).bloc();
        String blocAReader = TestTokens.token("bloc.reader", blocA, "reviewer");
        // the bloc's models, taken up wherever; the bloc's units, whatever they took up
        assertEquals(List.of(row(s1.id().toString(), "Mô hình \"Dân vận khéo\" S1", unitName(0), 3, 2)),
                items(blocAReader, "MODEL", Map.of()));
        assertEquals(List.of(row(unit(1), unitName(1), unitName(1), 2, 1), row(unit(2), unitName(2), unitName(2), 1, 0)),
                items(blocAReader, "UNIT", Map.of()));
        assertEquals(List.of(row(s2.id().toString(), "Mô hình S2", unitName(3), 2, 0)),
                items(province(), "MODEL", Map.of("organisationId", blocB)));
        // another bloc's reader cannot ask for bloc A
        given().auth().oauth2(TestTokens.token("bloc.reader", blocB, "reviewer"))
                .queryParam("organisationId", blocA).get("/api/v1/reports/take-ups")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void countsTakeUpsOfThePeriodAndResultsRecordedByItsEnd() {
        assertEquals(List.of(row("2026-04", null, null, 2, 0)),
                items(province(), "MONTH", Map.of("from", "2026-04-01", "asOf", "2026-04-30")));
        assertEquals(List.of(row(s1.id().toString(), "Mô hình \"Dân vận khéo\" S1", unitName(0), 3, 1),
                row(s2.id().toString(), "Mô hình S2", unitName(3), 2, 0)),
                items(province(), "MODEL", Map.of("asOf", "2026-05-31")));
        assertEquals(List.of(), items(province(), "UNIT", Map.of("asOf", "2026-03-09")));
        // a named period: the second quarter, and the first half-year ("6 tháng đầu năm")
        assertEquals(List.of(row("2026-04", null, null, 2, 1), row("2026-05", null, null, 1, 0)),
                items(province(), "MONTH", Map.of("period", "2026-Q2")));
        assertEquals(List.of(row(s1.id().toString(), "Mô hình \"Dân vận khéo\" S1", unitName(0), 3, 2),
                row(s2.id().toString(), "Mô hình S2", unitName(3), 2, 0)),
                items(province(), "MODEL", Map.of("period", "2026-H1")));
        given().auth().oauth2(province()).queryParam("by", "FIELD").get("/api/v1/reports/take-ups")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private Model registered(Path path, String title, LocalDate day) {
        Model model = campaign.newModel(path, null);
        campaign.drafted(model, title, "Tóm tắt", day.minusDays(2));
        campaign.submitted(model, title, day);
        return model;
    }

    private void takenUp(Path path, Model source, LocalDate day, LocalDate resultOn) {
        Model model = registered(path, "Nhân rộng " + source.id(), day.minusDays(5));
        campaign.tookUp(model, source, source == s1 ? "Mô hình \"Dân vận khéo\" S1" : "Mô hình S2", "BLOC", day);
        if (resultOn != null) {
            campaign.tookUpResult(model, source, resultOn);
        }
    }

    private String province() {
        return TestTokens.token("province.reader", campaign.province, "reviewer");
    }

    private String unit(int path) {
        return campaign.paths.get(path).unit();
    }

    private String unitName(int path) {
        return "Đơn vị " + unit(path);
    }

    private static Map<String, Object> row(String key, String label, String unitName, long takeUps, long withResult) {
        Map<String, Object> row = new java.util.HashMap<>();
        row.put("key", key);
        row.put("label", label);
        row.put("unitName", unitName);
        row.put("takeUps", (int) takeUps);
        row.put("withResult", (int) withResult);
        return row;
    }

    private static List<Map<String, Object>> items(String token, String by, Map<String, String> parameters) {
        var request = given().auth().oauth2(token).queryParams(parameters);
        if (by != null) {
            request.queryParam("by", by);
        }
        return request.get("/api/v1/reports/take-ups").then().statusCode(200).extract().jsonPath().getList("items");
    }
}
