package vn.dvk.reporting.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dvk.reporting.domain.ReportQuery;
import vn.dvk.reporting.projection.FigureChanges;
import vn.dvk.reporting.script.ScriptedCampaign;
import vn.dvk.reporting.script.ScriptedCampaign.Model;

/**
 * The gallery's browsing pages are kept between changes of the models they may show: a page read right after a
 * recognition or a withdrawal was projected shows it; searches with words are never kept; a flood of pages pushes
 * out only gallery pages.
 */
@QuarkusTest
class GalleryCacheTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(90);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Inject
    FigureCache cache;

    @Inject
    AgroalDataSource dataSource;

    private final ScriptedCampaign campaign = ScriptedCampaign.empty();

    private Set<String> galleryOfTheProvince() {
        return given().queryParam("provinceId", campaign.province).get("/api/v1/gallery").then().statusCode(200)
                .extract().jsonPath().<String>getList("items.modelId").stream().collect(Collectors.toSet());
    }

    private List<FigureCache.Key> keptPagesOfTheProvince() {
        return cache.keys().stream().filter(key -> key.report().equals("gallery")
                && key.detail().toString().contains(campaign.province)).toList();
    }

    private Model recognisedAtBase(String title) {
        Model model = campaign.newModel(campaign.paths.get(0), null);
        campaign.drafted(model, title, "Tóm tắt", DAY);
        campaign.submitted(model, title, DAY.plusDays(1));
        campaign.caseOpened(model, DAY.plusDays(1));
        campaign.recognized(model, "BASE", 1, DAY.plusDays(5));
        return model;
    }

    @Test
    void aKeptPageShowsARecognitionOrAWithdrawalProjectedRightBeforeTheRead() {
        Model first = recognisedAtBase("Mô hình thứ nhất");
        campaign.sendUnsentAndAwait(EVENTUALLY);
        assertEquals(Set.of(first.id().toString()), galleryOfTheProvince());
        assertEquals(1, keptPagesOfTheProvince().size(), "the page is kept");
        assertEquals(Set.of(first.id().toString()), galleryOfTheProvince());

        Model second = recognisedAtBase("Mô hình thứ hai");
        campaign.sendUnsentAndAwait(EVENTUALLY); // returns once the service has committed the events
        assertEquals(Set.of(first.id().toString(), second.id().toString()), galleryOfTheProvince(),
                "read at once, not when the notification comes back");

        campaign.withdrawn(first, 1, DAY.plusDays(9));
        campaign.sendUnsentAndAwait(EVENTUALLY);
        assertEquals(Set.of(second.id().toString()), galleryOfTheProvince());
    }

    @Test
    void aChangeAnnouncedByAnotherReplicaForgetsTheKeptPages() throws Exception {
        galleryOfTheProvince();
        assertFalse(keptPagesOfTheProvince().isEmpty());
        // another replica's projection: the notification alone, from a connection of its own
        try (Connection other = dataSource.getConnection();
                PreparedStatement notify = other.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, FigureChanges.CHANNEL);
            notify.setString(2, FigureChanges.GALLERY);
            notify.execute();
        }
        await().atMost(EVENTUALLY).until(() -> keptPagesOfTheProvince().isEmpty());
    }

    @Test
    void aSearchWithWordsIsNotKept() {
        String word = "w" + UUID.randomUUID().toString().substring(0, 8);
        given().queryParam("q", word).queryParam("provinceId", campaign.province).get("/api/v1/gallery").then()
                .statusCode(200);
        assertTrue(cache.keys().stream().noneMatch(key -> key.detail() != null
                && key.detail().toString().contains(word)));
    }

    @Test
    void aPageLargerThanTheGallerysOwnIsNotKept() {
        given().queryParam("provinceId", campaign.province).queryParam("limit", GalleryResource.MAX_KEPT_PAGE + 1)
                .get("/api/v1/gallery").then().statusCode(200);
        assertTrue(keptPagesOfTheProvince().isEmpty(), "kept: " + keptPagesOfTheProvince());
        given().queryParam("provinceId", campaign.province).queryParam("limit", GalleryResource.MAX_KEPT_PAGE)
                .get("/api/v1/gallery").then().statusCode(200);
        assertEquals(1, keptPagesOfTheProvince().size());
    }

    @Test
    void aFloodOfGalleryPagesPushesOutOnlyGalleryPages() {
        FigureCache.Key review = FigureCache.Key.review(new ReportQuery("c-" + UUID.randomUUID(), null,
                "org-" + UUID.randomUUID(), null, null, null, null, null, null), YearMonth.of(2026, 1),
                LocalDate.of(2026, 12, 1));
        cache.report(review, () -> "kept");
        for (int page = 0; page < FigureCache.MAX_PER_REPORT * 2; page++) {
            String visitor = "page " + page + " " + UUID.randomUUID();
            cache.report(FigureCache.Key.gallery(visitor), () -> visitor);
        }
        assertTrue(cache.keys().contains(review), "the dashboards' report stays");
        assertTrue(cache.keys().stream().filter(key -> key.report().equals("gallery")).count()
                <= FigureCache.MAX_PER_REPORT);
    }
}
