package vn.dvk.reporting.script;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.dvk.kit.metrics.MeterCatalogue;
import vn.dvk.reporting.events.EventProjections;
import vn.dvk.testing.ConsumerProbe;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.TestTokens;
import vn.dvk.testing.TopicProbe;

/**
 * A rebuild from the topics while readers read and new events arrive: no read fails, the figures end identical, and
 * what arrived during the rebuild is counted once.
 */
@QuarkusTest
class RebuildTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(120);

    private static Map<String, Object> figures(ScriptedCampaign campaign) {
        String reader = TestTokens.token("province.reader", campaign.province, "reviewer");
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String node : campaign.paths.stream().flatMap(p -> p.nodes().stream()).distinct().toList()) {
            for (String asOf : new String[] {null, "2026-02-15", "2026-05-20"}) {
                var request = given().auth().oauth2(reader).queryParam("campaignId", campaign.campaign)
                        .queryParam("organisationId", node);
                if (asOf != null) {
                    request.queryParam("asOf", asOf);
                }
                figures.put(node + "@" + asOf, request.get("/api/v1/reports/funnel").then().statusCode(200)
                        .extract().jsonPath().getMap(""));
            }
        }
        for (String report : List.of("commendations", "backlog", "timeline", "organisations", "replication")) {
            figures.put(report, given().auth().oauth2(reader).queryParam("campaignId", campaign.campaign)
                    .queryParam("asOf", "2026-06-30").get("/api/v1/reports/" + report).then().statusCode(200)
                    .extract().jsonPath().getList("items"));
        }
        for (String by : new String[] {"MODEL", "UNIT", "MONTH"}) {
            figures.put("take-ups by " + by, given().auth().oauth2(reader).queryParam("by", by)
                    .get("/api/v1/reports/take-ups").then().statusCode(200).extract().jsonPath().getList("items"));
        }
        figures.put("gallery", given().queryParam("provinceId", campaign.province).queryParam("limit", 100)
                .get("/api/v1/gallery").then().statusCode(200).extract().jsonPath().getList("items"));
        return figures;
    }

    /** The script's replicas record that they took up the model they replicate, and some what came of it. */
    private static void takeUps(ScriptedCampaign campaign) {
        int i = 0;
        for (ScriptedCampaign.Model model : List.copyOf(campaign.models)) {
            if (model.replicates() != null) {
                ScriptedCampaign.Model source = campaign.model(model.replicates());
                LocalDate day = ScriptedCampaign.START.plusDays(70 + i);
                campaign.tookUp(model, source, "Mô hình " + source.id(), "BASE", day);
                if (i++ % 2 == 0) {
                    campaign.tookUpResult(model, source, day.plusDays(30));
                }
            }
        }
    }

    @Test
    void aRebuildDuringLiveTrafficEndsWithIdenticalFiguresAndNoFailedRead() throws Exception {
        ScriptedCampaign before = new ScriptedCampaign(200);
        takeUps(before);
        before.sendAndAwait(3, EVENTUALLY);
        Map<String, Object> figuresBefore = figures(before);
        assertTrue(((List<?>) figuresBefore.get("take-ups by MODEL")).size() > 1, "take-ups are counted");

        // readers keep reading the whole time
        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicLong reads = new AtomicLong();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        String reader = TestTokens.token("province.reader", before.province, "reviewer");
        List<CompletableFuture<Void>> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            readers.add(CompletableFuture.runAsync(() -> {
                while (reading.get()) {
                    int status = given().auth().oauth2(reader).queryParam("campaignId", before.campaign)
                            .get("/api/v1/reports/funnel").statusCode();
                    int gallery = given().queryParam("provinceId", before.province).get("/api/v1/gallery").statusCode();
                    reads.addAndGet(2);
                    if (status != 200 || gallery != 200) {
                        failures.add(status + "/" + gallery);
                    }
                }
            }));
        }

        // events keep coming while it runs (not awaited by the consumers' counts: an event they parked may be
        // applied by the rebuild instead, and then never counted as taken by them)
        long onTopicsBefore = eventsOnTheRebuiltTopics();
        ScriptedCampaign during = new ScriptedCampaign(60);
        CompletableFuture<Void> live = CompletableFuture.runAsync(() -> during.send(2));
        given().auth().oauth2(DemoCallers.operator()).post("/api/v1/projections/rebuild").then().statusCode(202)
                .body("state", equalTo("RUNNING"));
        given().auth().oauth2(DemoCallers.operator()).post("/api/v1/projections/rebuild").then().statusCode(409);
        live.join();
        Rebuilds.awaitRebuilt(EVENTUALLY);
        var done = given().auth().oauth2(DemoCallers.operator()).get("/api/v1/projections/rebuild").then()
                .statusCode(200).extract().jsonPath();
        reading.set(false);
        CompletableFuture.allOf(readers.toArray(CompletableFuture[]::new)).join();

        assertEquals(List.of(), failures, "every read during the rebuild answered (" + reads.get() + " reads)");
        Map<String, Object> figuresAfter = figures(before);
        for (String figure : figuresBefore.keySet()) {
            assertEquals(figuresBefore.get(figure), figuresAfter.get(figure), figure);
        }
        // the events that came during the rebuild are counted, once, in the rebuilt tables
        LocalDate later = LocalDate.of(2026, 12, 31);
        String duringReader = TestTokens.token("province.reader", during.province, "reviewer");
        await().atMost(EVENTUALLY).untilAsserted(() -> given().auth().oauth2(duringReader)
                .queryParam("campaignId", during.campaign).get("/api/v1/reports/funnel").then().statusCode(200)
                .body("submitted", equalTo((int) during.count(during.province, later, m -> true,
                        s -> s.registered() && !s.withdrawn())))
                .body("recognizedAtBloc", equalTo((int) during.count(during.province, later, m -> true,
                        s -> s.recognizedAt("BLOC"))))
                .body("revoked", equalTo((int) during.count(during.province, later, m -> true,
                        ScriptedCampaign.State::revoked))));
        // it started from what the topics held then, and applied or skipped each event once, up to the switch
        long onTopics = eventsOnTheRebuiltTopics();
        long total = done.getLong("eventsTotal");
        long read = done.getLong("eventsApplied") + done.getLong("eventsSkipped");
        assertTrue(onTopicsBefore <= total && total <= read && read <= onTopics,
                onTopicsBefore + " <= total " + total + " <= applied and skipped " + read + " <= " + onTopics);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String metric : List.of("dvk_reporting_rebuild_events_applied", "dvk_reporting_rebuild_events_total",
                "dvk_reporting_rebuild_rate", "dvk_reporting_freshness_seconds{topic=\"registry.model-events\"",
                "dvk_reporting_freshness_seconds{topic=\"recognition.case-events\"",
                "kafka_consumer_fetch_manager_records_lag")) {
            assertEquals(true, metrics.contains(metric), metric);
        }
        // and every dvk_ series is one the meter catalogues declare, which deploy/k8s's alerts are checked against
        assertEquals(Set.of(), MeterCatalogue.undeclared(metrics));

        // the rebuild let go of its lock: the next one runs too, and changes no figure
        given().auth().oauth2(DemoCallers.operator()).post("/api/v1/projections/rebuild").then().statusCode(202);
        Rebuilds.awaitRebuilt(EVENTUALLY);
        // nothing arrives meanwhile: the counts are exactly the topics'
        var again = given().auth().oauth2(DemoCallers.operator()).get("/api/v1/projections/rebuild").then()
                .statusCode(200).body("state", equalTo("DONE")).extract().jsonPath();
        assertEquals(onTopics, again.getLong("eventsTotal"), "events on the topics when it started");
        assertEquals(onTopics, again.getLong("eventsApplied") + again.getLong("eventsSkipped"),
                "each event applied or skipped, once");
        Map<String, Object> figuresAgain = figures(before);
        for (String figure : figuresBefore.keySet()) {
            assertEquals(figuresBefore.get(figure), figuresAgain.get(figure), "after a second rebuild: " + figure);
        }
    }

    /** Every event on the topics a rebuild reads. */
    private static long eventsOnTheRebuiltTopics() {
        return List.of(EventProjections.MODEL_EVENTS, EventProjections.CASE_EVENTS, EventProjections.CAMPAIGN_EVENTS,
                EventProjections.ORGANISATION_EVENTS).stream().mapToLong(topic -> TopicProbe.all(topic).size()).sum();
    }

    /**
     * An event the live consumers parked (an earlier one of its model had not come) is not read again after the
     * switch: it must stay parked in the fresh tables, or the model's later events would wait for it forever.
     */
    @Test
    void anEventParkedByTheLiveConsumersStaysParkedThroughTheSwitch() {
        String campaign = "c-" + UUID.randomUUID();
        String model = UUID.randomUUID().toString();
        DemoEvents.resubmitted(model, campaign, 2, 2, "BASE");
        await().atMost(EVENTUALLY).until(() -> ConsumerProbe.parked(DemoEvents.MODEL_EVENTS, model)
                .equals(List.of(2L)));
        given().auth().oauth2(DemoCallers.operator()).post("/api/v1/projections/rebuild").then().statusCode(202);
        Rebuilds.awaitRebuilt(EVENTUALLY);
        DemoEvents.submitted(model, campaign, 1);
        DemoEvents.withdrawn(model, 3);
        await().atMost(EVENTUALLY).untilAsserted(() -> given()
                .auth().oauth2(DemoCallers.reviewer(DemoCallers.PROVINCE)).queryParam("campaignId", campaign)
                .get("/api/v1/reports/funnel").then().statusCode(200).body("withdrawn", equalTo(1)));
        assertEquals(List.of(), ConsumerProbe.parked(DemoEvents.MODEL_EVENTS, model));
    }

    @Test
    void onlyOperatorsRebuild() {
        given().auth().oauth2(DemoCallers.reviewer(DemoCallers.PROVINCE)).post("/api/v1/projections/rebuild")
                .then().statusCode(403);
        given().auth().oauth2(DemoCallers.admin()).get("/api/v1/projections/rebuild").then().statusCode(403);
        given().post("/api/v1/projections/rebuild").then().statusCode(401);
    }
}
