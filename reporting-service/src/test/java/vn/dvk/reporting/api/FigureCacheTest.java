package vn.dvk.reporting.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.dvk.reporting.domain.ReportQuery;
import vn.dvk.reporting.domain.Review;
import vn.dvk.reporting.projection.FigureChange;
import vn.dvk.reporting.projection.FigureChanges;
import vn.dvk.reporting.projection.LiveSchema;
import vn.dvk.reporting.script.ScriptedCampaign;
import vn.dvk.testing.TestTokens;

/**
 * The reviews kept between changes: a read right after a change never shows older figures than the change implies,
 * whether the change committed here, on another replica, or while a read of the older figures was under way.
 */
@QuarkusTest
class FigureCacheTest {

    private static final Duration SOON = Duration.ofSeconds(30);

    @Inject
    FigureCache cache;

    @Inject
    FigureChanges changes;

    @Inject
    LiveSchema live;

    @Inject
    AgroalDataSource dataSource;

    private static FigureCache.Key key(String campaign, String organisation) {
        return FigureCache.Key.review(new ReportQuery(campaign, null, organisation, null, null, null, null, null, null),
                YearMonth.of(2026, 1), LocalDate.of(2026, 12, 1));
    }

    /** A review told apart by its organisation's name: the figures themselves do not matter here. */
    private static Review review(FigureCache.Key key, String name) {
        return new Review(key.query(), name, null, null, null, null, null, null, null, null, null, null);
    }

    private String named(FigureCache.Key key, String nameIfRead) {
        return cache.report(key, () -> review(key, nameIfRead)).organisationName();
    }

    @Test
    void aReadThatBeganBeforeAChangeAnswersItsOwnRequestButIsNotKept() throws Exception {
        FigureCache.Key key = key("c-" + UUID.randomUUID(), "org-" + UUID.randomUUID());
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        // the first request reads the figures as they stand, and is held before it finishes
        CompletableFuture<Review> first = CompletableFuture.supplyAsync(() -> cache.report(key, () -> {
            reading.countDown();
            try {
                assertTrue(changed.await(30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return review(key, "before the change");
        }));
        assertTrue(reading.await(30, TimeUnit.SECONDS));
        // a change of its organisation's figures is heard meanwhile
        cache.forget(new FigureChange(key.query().campaignId(), Set.of(key.query().organisationId()), false, false));
        changed.countDown();

        assertEquals("before the change", first.get(30, TimeUnit.SECONDS).organisationName());
        assertEquals("after the change", named(key, "after the change"), "the second request reads anew");
    }

    @Test
    void aChangeCommittedHereIsForgottenBeforeItsCommitReturns() {
        String campaign = "c-" + UUID.randomUUID();
        FigureCache.Key changedOne = key(campaign, "org-" + UUID.randomUUID());
        FigureCache.Key otherOrganisation = key(campaign, "org-" + UUID.randomUUID());
        FigureCache.Key otherCampaign = key("c-" + UUID.randomUUID(), changedOne.query().organisationId());
        FigureCache.Key everyCampaign = key(null, changedOne.query().organisationId());
        for (FigureCache.Key key : List.of(changedOne, otherOrganisation, otherCampaign, everyCampaign)) {
            named(key, "before the change");
            assertEquals("before the change", named(key, "read again"), "kept until a change concerns it");
        }

        QuarkusTransaction.requiringNew().run(() -> changes.changed(live.schema(), campaign,
                List.of(changedOne.query().organisationId())));

        // at once: not when the notification comes back from PostgreSQL
        assertEquals("after the change", named(changedOne, "after the change"));
        assertEquals("after the change", named(everyCampaign, "after the change"), "a movement's review counts it");
        assertEquals("before the change", named(otherOrganisation, "after the change"), "not concerned");
        assertEquals("before the change", named(otherCampaign, "after the change"), "not concerned");
    }

    @Test
    void aChangeRolledBackForgetsNothing() {
        FigureCache.Key key = key("c-" + UUID.randomUUID(), "org-" + UUID.randomUUID());
        named(key, "before");
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            changes.changed(live.schema(), key.query().campaignId(), List.of(key.query().organisationId()));
            throw new IllegalStateException("the projection failed after announcing its change");
        }));
        assertEquals(1, cache.keys().stream().filter(key::equals).count(), "nothing changed");
    }

    @Test
    void aChangeAnnouncedByAnotherReplicaIsForgottenWhenItsNotificationArrives() throws Exception {
        FigureCache.Key key = key("c-" + UUID.randomUUID(), "org-" + UUID.randomUUID());
        named(key, "before the change");
        // another replica's projection: the notification alone, from a connection of its own
        try (Connection other = dataSource.getConnection();
                PreparedStatement notify = other.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, FigureChanges.CHANNEL);
            notify.setString(2, key.query().campaignId() + "|" + key.query().organisationId());
            notify.execute();
        }
        await().atMost(SOON).until(() -> !cache.keys().contains(key));
        assertEquals("after the change", named(key, "after the change"));
    }

    @Test
    void theReviewReadRightAfterAnEventWasProjectedCountsIt() {
        ScriptedCampaign campaign = new ScriptedCampaign(6);
        campaign.sendAndAwait(3, Duration.ofSeconds(90));
        RequestSpecification reader = given().auth()
                .oauth2(TestTokens.token("province.reader", campaign.province, "reviewer"))
                .queryParam("campaignId", campaign.campaign);
        long before = reader.get("/api/v1/reports/review").then().statusCode(200).extract().jsonPath()
                .getLong("funnel.submitted");
        assertEquals(before, reader.get("/api/v1/reports/review").then().statusCode(200).extract().jsonPath()
                .getLong("funnel.submitted"), "kept, the same");

        ScriptedCampaign.Model model = campaign.newModel(campaign.paths.get(0), null);
        campaign.drafted(model, "Mô hình mới", "Dân vận khéo", ScriptedCampaign.START.plusDays(29));
        campaign.submitted(model, "Mô hình mới", ScriptedCampaign.START.plusDays(30));
        campaign.sendUnsentAndAwait(Duration.ofSeconds(90)); // returns once the service has committed the events

        assertEquals(before + 1, reader.get("/api/v1/reports/review").then().statusCode(200).extract().jsonPath()
                .getLong("funnel.submitted"));
    }

    @Test
    void theFunnelAndTheBreakdownAreKeptAndCountAnEventProjectedRightBeforeTheRead() {
        ScriptedCampaign campaign = new ScriptedCampaign(6);
        campaign.sendAndAwait(3, Duration.ofSeconds(90));
        String token = TestTokens.token("province.reader", campaign.province, "reviewer");
        Supplier<RequestSpecification> reader = () -> given().auth().oauth2(token)
                .queryParam("campaignId", campaign.campaign);
        long funnel = reader.get().get("/api/v1/reports/funnel").then().statusCode(200).extract().jsonPath()
                .getLong("submitted");
        long byKind = reader.get().queryParam("by", "KIND").get("/api/v1/reports/breakdown").then().statusCode(200)
                .extract().jsonPath().getLong("items.funnel.submitted.sum()");
        assertTrue(cache.keys().stream().anyMatch(key -> key.report().equals("funnel")
                && campaign.campaign.equals(key.query().campaignId())), "the funnel is kept");
        assertTrue(cache.keys().stream().anyMatch(key -> key.report().equals("breakdown")
                && campaign.campaign.equals(key.query().campaignId())), "the breakdown is kept");

        ScriptedCampaign.Model model = campaign.newModel(campaign.paths.get(0), null);
        campaign.drafted(model, "Mô hình mới", "Dân vận khéo", ScriptedCampaign.START.plusDays(29));
        campaign.submitted(model, "Mô hình mới", ScriptedCampaign.START.plusDays(30));
        campaign.sendUnsentAndAwait(Duration.ofSeconds(90));

        assertEquals(funnel + 1, reader.get().get("/api/v1/reports/funnel").then().statusCode(200).extract().jsonPath()
                .getLong("submitted"));
        assertEquals(byKind + 1, reader.get().queryParam("by", "KIND").get("/api/v1/reports/breakdown").then()
                .statusCode(200).extract().jsonPath().getLong("items.funnel.submitted.sum()"));
    }
}
