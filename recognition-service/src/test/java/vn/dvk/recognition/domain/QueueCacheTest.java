package vn.dvk.recognition.domain;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.CaseActions;
import vn.dvk.recognition.Submissions;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.SchemaOwner;

/**
 * A committee's queue is kept between changes of its cases: a read right after a decision here does not show the
 * decided case; a change written anywhere else (another replica, an operator's SQL) shows as soon as PostgreSQL's
 * notification arrives; a filter on days waited up to this moment is never kept.
 */
@QuarkusTest
class QueueCacheTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final String BASE = DemoCallers.reviewer(DemoCallers.BASE);

    @Inject
    QueueCache cache;

    @Inject
    AgroalDataSource dataSource;

    private static ValidatableResponse queue() {
        return given().auth().oauth2(BASE).get("/api/v1/reviews?sort=newest").then().statusCode(200);
    }

    @Test
    void aQueueReadIsKeptUntilACaseChanges() {
        String id = Submissions.caseAtBase();
        queue().body("items.modelId", hasItem(id));
        assertFalse(cache.keys().isEmpty(), "the queue is kept");
        queue().body("items.modelId", hasItem(id));

        CaseActions.act(BASE, id, "{\"action\":\"RETURN\",\"reason\":\"Bổ sung số liệu\"}").statusCode(200);

        queue().body("items.modelId", not(hasItem(id)));
    }

    @Test
    void aDecisionHereIsForgottenWhenItsTransactionEndsWithoutWaitingForTheNotification() throws Exception {
        String id = Submissions.caseAtBase();
        queue().body("items.modelId", hasItem(id));
        // the notification of a write, which could come after the next read, comes not at all
        try (Connection owner = SchemaOwner.dataSource().getConnection();
                Statement ddl = owner.createStatement()) {
            ddl.execute("alter table recognition.review_case disable trigger review_case_queue");
            try {
                CaseActions.act(BASE, id, "{\"action\":\"DECLINE\",\"reason\":\"Không đạt\"}").statusCode(200);
                queue().body("items.modelId", not(hasItem(id)));
            } finally {
                ddl.execute("alter table recognition.review_case enable trigger review_case_queue");
            }
        }
    }

    @Test
    void aChangeWrittenElsewhereIsSeenWhenItsNotificationArrives() throws Exception {
        String id = Submissions.caseAtBase();
        queue().body("items.find { it.modelId == '" + id + "' }.title", not(equalTo("Đổi tên ngoài dịch vụ")));
        // an operator's SQL, or another replica: nothing of this JVM's persistence context sees it
        try (Connection other = dataSource.getConnection();
                PreparedStatement rename = other.prepareStatement(
                        "update recognition.review_case set title = ? where model_id = ?")) {
            rename.setString(1, "Đổi tên ngoài dịch vụ");
            rename.setObject(2, UUID.fromString(id));
            assertTrue(rename.executeUpdate() == 1);
        }
        await().atMost(EVENTUALLY).untilAsserted(() ->
                queue().body("items.find { it.modelId == '" + id + "' }.title", equalTo("Đổi tên ngoài dịch vụ")));
    }

    @Test
    void aFilterOnDaysWaitedUpToNowOrAPageOfMoreThanAHundredIsNeverKept() {
        cache.forgetAll();
        given().auth().oauth2(BASE).queryParam("minWaitDays", 1).get("/api/v1/reviews").then().statusCode(200);
        assertTrue(cache.keys().isEmpty(), "kept: " + cache.keys());
        given().auth().oauth2(BASE).queryParam("limit", QueueCache.MAX_KEPT_PAGE + 1).get("/api/v1/reviews").then()
                .statusCode(200);
        assertTrue(cache.keys().stream().noneMatch(key -> key.toString().startsWith("Key[what=page")),
                "kept: " + cache.keys());
        given().auth().oauth2(BASE).get("/api/v1/reviews").then().statusCode(200);
        assertFalse(cache.keys().isEmpty());
    }
}
