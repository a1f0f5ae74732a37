package vn.dvk.reporting.script;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.dvk.reporting.script.ScriptedCampaign.Model;
import vn.dvk.reporting.script.ScriptedCampaign.State;
import vn.dvk.testing.TestTokens;

/**
 * A scripted campaign of 200 models goes through the topics; every report then equals the figure counted directly
 * from the script — now, as of past dates and over periods — and sending every event again, in another order,
 * changes none of them.
 */
@QuarkusTest
class FiguresReconcileTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(90);
    /** After every scripted event: "now". */
    private static final LocalDate LATER = LocalDate.of(2026, 12, 31);

    private static ScriptedCampaign script;

    /** The script, sent once for the class: every aggregate's events in order, every third one's in reverse order. */
    private static synchronized ScriptedCampaign sent() {
        if (script == null) {
            ScriptedCampaign campaign = new ScriptedCampaign(200);
            campaign.sendAndAwait(3, EVENTUALLY);
            script = campaign;
        }
        return script;
    }

    private static String reader(ScriptedCampaign campaign) {
        return TestTokens.token("province.reader", campaign.province, "reviewer");
    }

    private static JsonPath report(ScriptedCampaign campaign, String report, Map<String, Object> parameters) {
        return given().auth().oauth2(reader(campaign)).queryParam("campaignId", campaign.campaign)
                .queryParams(parameters).get("/api/v1/reports/" + report)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Long> funnelIn(Map<String, ?> body) {
        Map<String, Long> funnel = new LinkedHashMap<>();
        for (String stage : ScriptedCampaign.STAGES.keySet()) {
            funnel.put(stage, ((Number) body.get(stage)).longValue());
        }
        return funnel;
    }

    private static List<String> everyNode(ScriptedCampaign campaign) {
        return campaign.paths.stream().flatMap(p -> p.nodes().stream()).distinct().toList();
    }

    private static List<LocalDate> pastDays() {
        return List.of(ScriptedCampaign.START.plusDays(20), ScriptedCampaign.START.plusDays(70),
                ScriptedCampaign.REVOCATION_DAY.minusDays(1), ScriptedCampaign.REVOCATION_DAY);
    }

    @Test
    void everyNodesFunnelEqualsTheScriptNowAndAsOfPastDates() {
        ScriptedCampaign campaign = sent();
        for (String node : everyNode(campaign)) {
            assertEquals(campaign.funnel(node, LATER, m -> true),
                    funnelIn(report(campaign, "funnel", Map.of("organisationId", node)).getMap("")), node);
            for (LocalDate day : pastDays()) {
                assertEquals(campaign.funnel(node, day, m -> true), funnelIn(report(campaign, "funnel",
                        Map.of("organisationId", node, "asOf", day.toString())).getMap("")), node + " as of " + day);
            }
        }
    }

    @Test
    void aPeriodCountsWhatChangedInIt() {
        ScriptedCampaign campaign = sent();
        LocalDate from = ScriptedCampaign.START.plusDays(30);
        LocalDate to = ScriptedCampaign.REVOCATION_DAY;
        Map<String, Long> atEnd = campaign.funnel(campaign.province, to, m -> true);
        Map<String, Long> before = campaign.funnel(campaign.province, from.minusDays(1), m -> true);
        Map<String, Long> change = new LinkedHashMap<>();
        atEnd.forEach((stage, n) -> change.put(stage, n - before.get(stage)));
        assertEquals(change, funnelIn(report(campaign, "funnel", Map.of("from", from.toString(), "asOf",
                to.toString())).getMap("")));
    }

    @Test
    void filtersAndBreakdownsCountTheirOwnModels() {
        ScriptedCampaign campaign = sent();
        String bloc = campaign.paths.get(0).bloc();
        assertEquals(campaign.funnel(bloc, LATER, m -> m.field().equals("ECONOMY") && m.kind().equals("MODEL")),
                funnelIn(report(campaign, "funnel", Map.of("organisationId", bloc, "field", "ECONOMY", "kind", "MODEL"))
                        .getMap("")));
        for (String by : List.of("FIELD", "KIND", "OWNER_KIND")) {
            JsonPath breakdown = report(campaign, "breakdown", Map.of("by", by, "asOf", "2026-03-31"));
            Map<String, Map<String, Long>> actual = new TreeMap<>();
            for (Map<String, ?> item : breakdown.<Map<String, ?>>getList("items")) {
                actual.put((String) item.get("value"), funnelIn((Map<String, ?>) item.get("funnel")));
            }
            Map<String, Map<String, Long>> expected = new TreeMap<>();
            for (Model model : campaign.models) {
                String value = switch (by) {
                    case "FIELD" -> model.field();
                    case "KIND" -> model.kind();
                    default -> model.ownerKind();
                };
                expected.computeIfAbsent(value, v -> campaign.funnel(campaign.province,
                        LocalDate.of(2026, 3, 31), m -> value.equals(switch (by) {
                            case "FIELD" -> m.field();
                            case "KIND" -> m.kind();
                            default -> m.ownerKind();
                        })));
            }
            assertEquals(expected, actual, by);
        }
    }

    @Test
    void theOrganisationTableRanksEachChildWithItsFiguresAndCommendations() {
        ScriptedCampaign campaign = sent();
        List<Map<String, ?>> blocs = report(campaign, "organisations", Map.of()).getList("items");
        List<String> expectedBlocs = campaign.paths.stream().map(ScriptedCampaign.Path::bloc).distinct().sorted().toList();
        assertEquals(expectedBlocs, blocs.stream().map(b -> (String) b.get("organisationId")).sorted().toList());
        for (Map<String, ?> bloc : blocs) {
            String id = (String) bloc.get("organisationId");
            assertEquals(campaign.funnel(id, LATER, m -> true), funnelIn((Map<String, ?>) bloc.get("funnel")), id);
            long commendations = campaign.commendations.stream()
                    .filter(c -> c.path().nodes().contains(id) && c.standsOn(LATER)).count();
            assertEquals(commendations, ((Number) bloc.get("commendations")).longValue(), id);
        }
        // ranked by recognitions, highest level first
        Map<String, ?> first = blocs.get(0);
        Map<String, ?> second = blocs.get(1);
        long firstProvince = ((Number) ((Map<String, ?>) first.get("funnel")).get("recognizedAtProvince")).longValue();
        long secondProvince = ((Number) ((Map<String, ?>) second.get("funnel")).get("recognizedAtProvince")).longValue();
        assertEquals(true, firstProvince >= secondProvince);
        assertEquals(1, ((Number) first.get("rank")).intValue());
    }

    @Test
    void theBacklogCountsTheCasesWaitingAtEachLevelOnTheDay() {
        ScriptedCampaign campaign = sent();
        for (LocalDate day : List.of(ScriptedCampaign.START.plusDays(20), ScriptedCampaign.START.plusDays(45), LATER)) {
            List<Map<String, ?>> levels = report(campaign, "backlog", Map.of("asOf", day.toString())).getList("items");
            for (Map<String, ?> level : levels) {
                String name = (String) level.get("level");
                long waiting = campaign.count(campaign.province, day, m -> true, s -> name.equals(s.review()));
                assertEquals(waiting, ((Number) level.get("waiting")).longValue(), name + " on " + day);
                long over30 = campaign.count(campaign.province, day, m -> true, s -> name.equals(s.review())
                        && s.reviewSince().plusDays(30).isBefore(day));
                assertEquals(over30, ((Number) level.get("waitingOver30Days")).longValue(), name + " on " + day);
            }
        }
    }

    @Test
    void commendationsAndTheTimelineFollowAwardsDecisionsAndTheRevocation() {
        ScriptedCampaign campaign = sent();
        for (LocalDate day : List.of(ScriptedCampaign.REVOCATION_DAY.minusDays(1), LATER)) {
            long standing = campaign.commendations.stream().filter(c -> c.standsOn(day)).count();
            List<Map<String, ?>> items = report(campaign, "commendations", Map.of("asOf", day.toString()))
                    .getList("items");
            assertEquals(standing, items.stream().mapToLong(i -> ((Number) i.get("count")).longValue()).sum(),
                    "as of " + day);
        }
        List<Map<String, ?>> months = report(campaign, "timeline", Map.of("from", "2026-01-01", "asOf", "2026-06-30"))
                .getList("items");
        assertEquals(6, months.size());
        for (Map<String, ?> month : months) {
            YearMonth m = YearMonth.parse((String) month.get("month"));
            LocalDate end = m.atEndOfMonth();
            LocalDate before = m.atDay(1).minusDays(1);
            Predicate<State> registered = s -> s.registered() && !s.withdrawn();
            assertEquals(campaign.count(campaign.province, end, x -> true, registered)
                    - campaign.count(campaign.province, before, x -> true, registered),
                    ((Number) month.get("registered")).longValue(), m.toString());
            long recognitionsEnd = ScriptedCampaign.LEVELS.stream()
                    .mapToLong(l -> campaign.count(campaign.province, end, x -> true, s -> s.recognizedAt(l))).sum();
            long recognitionsBefore = ScriptedCampaign.LEVELS.stream()
                    .mapToLong(l -> campaign.count(campaign.province, before, x -> true, s -> s.recognizedAt(l))).sum();
            assertEquals(recognitionsEnd - recognitionsBefore, ((Number) month.get("recognized")).longValue(),
                    m.toString());
            long decisions = campaign.decisions.stream().filter(d -> d.standsOn(end)).count()
                    - campaign.decisions.stream().filter(d -> d.standsOn(before)).count();
            assertEquals(decisions, ((Number) month.get("decisions")).longValue(), m.toString());
        }
    }

    @Test
    void theMostReplicatedModelsAreCountedFromRegisteredReplicas() {
        ScriptedCampaign campaign = sent();
        Map<String, Long> expected = new TreeMap<>();
        for (Model model : campaign.models) {
            if (model.replicates() != null && model.on(LATER).registered() && !model.on(LATER).withdrawn()) {
                expected.merge(model.replicates().toString(), 1L, Long::sum);
            }
        }
        Map<String, Long> actual = new TreeMap<>();
        for (Map<String, ?> item : report(campaign, "replication", Map.of("limit", 100)).<Map<String, ?>>getList("items")) {
            actual.put((String) item.get("modelId"), ((Number) item.get("replicas")).longValue());
        }
        assertEquals(expected, actual);
    }

    @Test
    void everyEventSentAgainInAnotherOrderChangesNoFigure() {
        ScriptedCampaign campaign = sent();
        Map<String, Object> before = new LinkedHashMap<>();
        for (String node : everyNode(campaign)) {
            before.put(node, report(campaign, "funnel", Map.of("organisationId", node)).getMap(""));
            before.put(node + " asOf", report(campaign, "funnel", Map.of("organisationId", node, "asOf", "2026-03-15"))
                    .getMap(""));
        }
        before.put("commendations", report(campaign, "commendations", Map.of()).getList("items"));
        before.put("backlog", report(campaign, "backlog", Map.of("asOf", "2026-02-20")).getList("items"));

        campaign.sendAndAwait(2, EVENTUALLY); // every event again: all duplicates, half of the aggregates' in reverse order

        Map<String, Object> after = new LinkedHashMap<>();
        for (String node : everyNode(campaign)) {
            after.put(node, report(campaign, "funnel", Map.of("organisationId", node)).getMap(""));
            after.put(node + " asOf", report(campaign, "funnel", Map.of("organisationId", node, "asOf", "2026-03-15"))
                    .getMap(""));
        }
        after.put("commendations", report(campaign, "commendations", Map.of()).getList("items"));
        after.put("backlog", report(campaign, "backlog", Map.of("asOf", "2026-02-20")).getList("items"));
        assertEquals(before, after);
    }
}
