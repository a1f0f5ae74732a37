package vn.dvk.registry.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.registry.Organisations;
import vn.dvk.registry.domain.UnitIndicator;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.EventSchemas;
import vn.dvk.testing.HostileInput;
import vn.dvk.testing.Simultaneously;
import vn.dvk.testing.TestTokens;
import vn.dvk.testing.TopicProbe;

/**
 * Monthly figures reported and corrected through the API: each report stored as one row per organisation and
 * month, published in the organisation's event sequence, refused whole when any figure is wrong.
 */
@QuarkusTest
class IndicatorResourceTest {

    private static final String TYPE = "dvk.registry.organisation.indicators-reported.v1";
    private static final String PATH = "/api/v1/organisations/{id}/indicators/{period}";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The service's clock, which the test profile starts at a set instant: this month is the service's. */
    @Inject
    Clock clock;

    private YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    @Test
    void aReportThenACorrectionEachPublishTheMonthAndFiguresSentAgainChangeNothing() throws Exception {
        String unit = Organisations.create("UNIT", DemoCallers.BASE);
        String cadre = cadreOf(unit);

        Response first = Models.as(cadre).body(figures(3, 2, 42, 40)).put(PATH, unit, "2025-11");
        first.then().statusCode(200).header("ETag", "\"1\"")
                .body("organisationId", equalTo(unit), "period", equalTo("2025-11"), "version", equalTo(1),
                        "directiveDocuments", equalTo(3), "dialogues", equalTo(2), "complaintsReceived", equalTo(42),
                        "complaintsResolved", equalTo(40), "complaintsResolvedPercent", equalTo(95.2f),
                        "reportedBy", equalTo("cadre." + unit));
        Models.as(cadre).body(figures(3, 4, 42, 42)).put(PATH, unit, "2025-11")
                .then().statusCode(200).header("ETag", "\"2\"").body("version", equalTo(2), "dialogues", equalTo(4),
                        "complaintsResolvedPercent", equalTo(100.0f));
        Response unchanged = Models.as(cadre).body(figures(3, 4, 42, 42)).put(PATH, unit, "2025-11");
        unchanged.then().statusCode(200).header("ETag", "\"2\"").body("version", equalTo(2));
        // another month afterwards: once its event is on the topic, any event of the unchanged PUT would be too
        Models.as(cadre).body(figures(0, 0, 0, 0)).put(PATH, unit, thisMonth().toString())
                .then().statusCode(200).body("version", equalTo(1), "complaintsResolvedPercent", nullValue());

        UnitIndicator stored = stored(unit, YearMonth.of(2025, 11)).orElseThrow();
        assertEquals(List.of(2, 3, 4, 42, 42), List.of(stored.version, stored.directiveDocuments, stored.dialogues,
                stored.complaintsReceived, stored.complaintsResolved));
        assertEquals(OffsetDateTime.parse(unchanged.path("reportedAt")).toInstant(), stored.reportedAt.toInstant());

        List<TopicProbe.Event> events = Organisations.awaitEvents(unit, 4);
        assertEquals(List.of("dvk.registry.organisation.created.v1", TYPE, TYPE, TYPE),
                events.stream().map(TopicProbe.Event::type).toList());
        List<JsonNode> reported = new ArrayList<>();
        for (int i = 1; i < events.size(); i++) {
            TopicProbe.Event event = events.get(i);
            EventSchemas.assertValid("registry-service", event.type(), event.value());
            assertEquals(unit, event.key());
            reported.add(JSON.readTree(event.value()));
            assertEquals(i + 1, reported.get(i - 1).path("sequence").asInt(), "the organisation's own sequence");
        }
        assertEquals(List.of("2025-11/1/2", "2025-11/2/4", thisMonth() + "/1/0"), reported.stream()
                .map(e -> e.path("period").asText() + "/" + e.path("version").asInt() + "/" + e.path("dialogues").asInt())
                .toList());
        JsonNode correction = reported.get(1);
        assertEquals(unit, correction.path("organisationId").asText());
        assertEquals("ag", correction.path("provinceId").asText());
        assertEquals(List.of(3, 4, 42, 42), List.of(correction.path("directiveDocuments").asInt(),
                correction.path("dialogues").asInt(), correction.path("complaintsReceived").asInt(),
                correction.path("complaintsResolved").asInt()));
        assertEquals("cadre." + unit, correction.path("actor").asText());
        assertEquals(stored.reportedAt.toInstant(), OffsetDateTime.parse(correction.path("reportedAt").asText()).toInstant());
        List<String> lineage = new ArrayList<>();
        correction.path("lineage").forEach(org -> lineage.add(org.path("id").asText()));
        assertEquals(List.of("ag", DemoCallers.BLOC, DemoCallers.BASE, unit), lineage);
    }

    @Test
    void anOrganisationsReportsAreListedByMonthWithinTheRangeAndReadWithTheirETag() {
        String unit = Organisations.create("UNIT", DemoCallers.BASE);
        String cadre = cadreOf(unit);
        for (String month : List.of("2025-07", "2025-05", "2025-06", "2024-12")) {
            Models.as(cadre).body(figures(1, 1, 1, 1)).put(PATH, unit, month).then().statusCode(200);
        }
        Models.as(DemoCallers.reviewer(DemoCallers.BASE)).queryParam("from", "2025-01").queryParam("to", "2025-06")
                .get("/api/v1/organisations/{id}/indicators", unit)
                .then().statusCode(200).body("period", equalTo(List.of("2025-05", "2025-06")));
        Models.as(cadre).get("/api/v1/organisations/{id}/indicators", unit)
                .then().statusCode(200).body("period", equalTo(List.of("2024-12", "2025-05", "2025-06", "2025-07")));
        // the unit's reports are not its base's
        Models.as(DemoCallers.admin()).get("/api/v1/organisations/{id}/indicators", DemoCallers.BASE)
                .then().statusCode(200).body("organisationId", org.hamcrest.Matchers.not(hasItem(unit)));

        Models.as(cadre).get(PATH, unit, "2025-06").then().statusCode(200).header("ETag", "\"1\"");
        Models.as(cadre).header("If-None-Match", "\"1\"").get(PATH, unit, "2025-06").then().statusCode(304);
        Models.as(cadre).get(PATH, unit, "2025-08").then().statusCode(404).contentType("application/problem+json");
        Models.as(cadre).queryParam("from", "2025-13").queryParam("to", "2025")
                .get("/api/v1/organisations/{id}/indicators", unit)
                .then().statusCode(400).body("violations.field", equalTo(List.of("from", "to")));
        Models.as(cadre).queryParam("from", "2025-06").queryParam("to", "2025-05")
                .get("/api/v1/organisations/{id}/indicators", unit)
                .then().statusCode(400).body("violations.field", equalTo(List.of("to")));
    }

    @Test
    void wrongFiguresAndMonthsAreRefusedNamingTheFieldAndWriteNothing() {
        String unit = Organisations.create("UNIT", DemoCallers.BASE);
        String cadre = cadreOf(unit);
        String valid = figures(3, 2, 42, 40);
        Map<String, String[]> cases = new LinkedHashMap<>(); // what is wrong → {period, body, field named}
        cases.put("negative", new String[] {"2025-10", figures(-1, 2, 42, 40), "directiveDocuments"});
        cases.put("above the bound", new String[] {"2025-10", figures(3, 1_000_001, 42, 40), "dialogues"});
        cases.put("past any integer type", new String[] {"2025-10",
                valid.replace("42", "100000000000000000000000"), "complaintsReceived"});
        cases.put("resolved more than received", new String[] {"2025-10", figures(3, 2, 40, 42), "complaintsResolved"});
        cases.put("missing", new String[] {"2025-10", "{\"directiveDocuments\":3,\"complaintsReceived\":42,"
                + "\"complaintsResolved\":40}", "dialogues"});
        cases.put("null", new String[] {"2025-10", valid.replace("\"dialogues\":2", "\"dialogues\":null"), "dialogues"});
        cases.put("text", new String[] {"2025-10", valid.replace("\"dialogues\":2", "\"dialogues\":\"2\""), "dialogues"});
        cases.put("fraction", new String[] {"2025-10", valid.replace("\"dialogues\":2", "\"dialogues\":2.5"), "dialogues"});
        cases.put("boolean", new String[] {"2025-10", valid.replace("\"dialogues\":2", "\"dialogues\":true"), "dialogues"});
        cases.put("unknown property", new String[] {"2025-10", valid.replace("}", ",\"complaintsPending\":2}"),
                "complaintsPending"});
        cases.put("future month", new String[] {thisMonth().plusMonths(1).toString(), valid, "period"});
        cases.put("month 13", new String[] {"2025-13", valid, "period"});
        cases.put("one-digit month", new String[] {"2025-5", valid, "period"});
        cases.put("a day", new String[] {"2025-05-01", valid, "period"});
        cases.put("signed year", new String[] {"+2025-05", valid, "period"});
        List<String> wrong = new ArrayList<>();
        cases.forEach((what, request) -> {
            Response answer = Models.as(cadre).body(request[1]).put(PATH, unit, request[0]);
            List<String> fields = answer.statusCode() == 400 ? answer.jsonPath().getList("violations.field") : null;
            if (!"application/problem+json".equals(answer.contentType()) || fields == null
                    || !fields.contains(request[2])) {
                wrong.add(what + ": " + answer.statusCode() + " " + answer.asString());
            }
        });
        assertEquals(List.of(), wrong);
        for (Map.Entry<String, byte[]> body : HostileInput.bodies(valid, null, null).entrySet()) {
            HostileInput.assertRefused(Models.as(cadre).body(body.getValue()).put(PATH, unit, "2025-10"), body.getKey());
        }
        assertEquals(0, reports(unit));
        Models.as(cadre).body(valid).put(PATH, unit, thisMonth().toString()).then().statusCode(200);
        assertEquals(1, reports(unit));
    }

    @Test
    void aCorrectionWithIfMatchReplacesOnlyTheVersionItNames() {
        String unit = Organisations.create("UNIT", DemoCallers.BASE);
        String cadre = cadreOf(unit);
        Models.as(cadre).header("If-Match", "\"1\"").body(figures(1, 1, 1, 1)).put(PATH, unit, "2025-09")
                .then().statusCode(412);
        assertEquals(0, reports(unit));
        Models.as(cadre).body(figures(1, 1, 1, 1)).put(PATH, unit, "2025-09").then().statusCode(200);
        Models.as(cadre).header("If-Match", "\"1\"").body(figures(2, 2, 2, 2)).put(PATH, unit, "2025-09")
                .then().statusCode(200).body("version", equalTo(2));
        Models.as(cadre).header("If-Match", "\"1\"").body(figures(3, 3, 3, 3)).put(PATH, unit, "2025-09")
                .then().statusCode(412).contentType("application/problem+json")
                .body("current.version", equalTo(2), "current.dialogues", equalTo(2));
        UnitIndicator stored = stored(unit, YearMonth.of(2025, 9)).orElseThrow();
        assertEquals(List.of(2, 2), List.of(stored.version, stored.dialogues));
    }

    @Test
    void aDeactivatedOrganisationReportsNothingNewButKeepsItsReports() {
        String unit = Organisations.create("UNIT", DemoCallers.BASE);
        String cadre = cadreOf(unit);
        Models.as(cadre).body(figures(1, 1, 1, 1)).put(PATH, unit, "2025-08").then().statusCode(200);
        Models.as(DemoCallers.admin()).header("If-Match", Organisations.etag(unit))
                .post("/api/v1/organisations/{id}/deactivate", unit).then().statusCode(200);
        Models.as(cadre).body(figures(2, 2, 2, 2)).put(PATH, unit, "2025-08")
                .then().statusCode(409).contentType("application/problem+json").body("current.version", equalTo(1));
        Models.as(DemoCallers.admin()).body(figures(2, 2, 2, 2)).put(PATH, unit, "2025-09").then().statusCode(409);
        assertEquals(1, reports(unit));
        assertEquals(1, stored(unit, YearMonth.of(2025, 8)).orElseThrow().dialogues);
        Models.as(cadre).get(PATH, unit, "2025-08").then().statusCode(200);
    }

    @Test
    void twoReportsOfTheSameMonthAtOnceAreAppliedInTurnAndPublishedAsStored() throws Exception {
        String unit = Organisations.create("UNIT", DemoCallers.BASE);
        String cadre = cadreOf(unit);
        AtomicInteger caller = new AtomicInteger();
        List<Response> answers = Simultaneously.run(2, () -> Models.as(cadre)
                .body(figures(1, caller.incrementAndGet(), 5, 5)).put(PATH, unit, "2025-07"));
        List<Integer> versions = new ArrayList<>();
        for (Response answer : answers) {
            int status = answer.statusCode();
            assertTrue(status == 200 || status == 409 || status == 412, status + ": " + answer.asString());
            if (status == 200) {
                versions.add(answer.path("version"));
            }
        }
        assertEquals(versions.stream().distinct().count(), versions.size(), "versions " + versions);
        UnitIndicator stored = stored(unit, YearMonth.of(2025, 7)).orElseThrow();
        assertEquals(versions.stream().max(Integer::compare).orElseThrow(), stored.version);

        List<JsonNode> reported = new ArrayList<>();
        for (TopicProbe.Event event : Organisations.awaitEvents(unit, 1 + stored.version)) {
            if (TYPE.equals(event.type())) {
                reported.add(JSON.readTree(event.value()));
            }
        }
        assertEquals(versions.stream().sorted().toList(), reported.stream().map(e -> e.path("version").asInt()).toList());
        JsonNode last = reported.get(reported.size() - 1);
        assertEquals(stored.dialogues, last.path("dialogues").asInt());
        assertEquals(stored.reportedAt.toInstant(), OffsetDateTime.parse(last.path("reportedAt").asText()).toInstant());
    }

    static String figures(int directiveDocuments, int dialogues, int complaintsReceived, int complaintsResolved) {
        return """
                {"directiveDocuments":%d,"dialogues":%d,"complaintsReceived":%d,"complaintsResolved":%d}"""
                .formatted(directiveDocuments, dialogues, complaintsReceived, complaintsResolved);
    }

    private static String cadreOf(String unit) {
        return TestTokens.token("cadre." + unit, unit, "submitter");
    }

    private static Optional<UnitIndicator> stored(String organisationId, YearMonth month) {
        return QuarkusTransaction.requiringNew().call(() -> UnitIndicator.of(organisationId, month));
    }

    private static long reports(String organisationId) {
        return QuarkusTransaction.requiringNew().call(() -> UnitIndicator.count("organisationId", organisationId));
    }
}
