package vn.dvk.recognition.councils;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.Campaigns;
import vn.dvk.recognition.Submissions;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.TestTokens;

/**
 * The reviewers recognition has seen: recorded from the verified token of each reviewer who calls it, listed for an
 * admin over their organisation (its own and those below it, by name, in keyset pages), moved when their token names
 * another organisation; nobody else is recorded, and nobody outside the admin's reach is listed.
 */
@QuarkusTest
class ReviewerDirectoryTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aReviewerWhoCallsIsListedUnderTheirOrganisationAndThoseAboveIt() throws SQLException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Campaigns.open("reviewers-" + tag, "BASE", "BLOC");
        Submissions.casesAtBase("reviewers-" + tag, 1); // the tree: the demo unit under its base
        String baseSub = "sub-base-" + tag;
        String unitSub = "sub-unit-" + tag;
        String besideSub = "sub-beside-" + tag;
        seen(baseSub, "a." + tag, DemoCallers.BASE);
        seen(unitSub, "b." + tag, DemoCallers.UNIT);
        seen(besideSub, "c." + tag, DemoCallers.OTHER_BASE);
        // a submitter is nobody a council seats
        given().auth().oauth2(TestTokens.tokenWithSubject("sub-cadre-" + tag, "d." + tag, DemoCallers.UNIT,
                "submitter")).get("/api/v1/cases/{id}", UUID.randomUUID()).then().statusCode(403);

        JsonPath listed = given().auth().oauth2(DemoCallers.admin())
                .get("/api/v1/reviewers?organisationId={o}&limit=200", DemoCallers.BASE).then().statusCode(200)
                .body("items.sub", hasItem(baseSub)).body("items.sub", hasItem(unitSub))
                .body("items.sub", not(hasItem(besideSub))).body("items.sub", not(hasItem("sub-cadre-" + tag)))
                .extract().jsonPath();
        assertEquals(List.of("a." + tag, "a." + tag, DemoCallers.BASE),
                List.of(listed.getString("items.find { it.sub == '" + baseSub + "' }.username"),
                        listed.getString("items.find { it.sub == '" + baseSub + "' }.fullName"),
                        listed.getString("items.find { it.sub == '" + baseSub + "' }.orgId")));
        // the unit's own list: its reviewer, not the base's
        given().auth().oauth2(DemoCallers.admin()).get("/api/v1/reviewers?organisationId={o}", DemoCallers.UNIT)
                .then().statusCode(200).body("items.sub", hasItem(unitSub)).body("items.sub", not(hasItem(baseSub)));
        // a leader over the base reads it too; one of another bloc finds no such organisation
        given().auth().oauth2(DemoCallers.leader(DemoCallers.BLOC))
                .get("/api/v1/reviewers?organisationId={o}", DemoCallers.BASE).then().statusCode(200)
                .body("items.sub", hasItem(baseSub));
        given().auth().oauth2(DemoCallers.leader(DemoCallers.OTHER_BLOC))
                .get("/api/v1/reviewers?organisationId={o}", DemoCallers.BASE).then().statusCode(404)
                .body("detail", equalTo("Không có tổ chức " + DemoCallers.BASE));
        assertEquals(1, rows(baseSub));

        // the base's reviewer is moved to the other base: listed there now, no longer under the first
        seen(baseSub, "a." + tag, DemoCallers.OTHER_BASE);
        given().auth().oauth2(DemoCallers.admin()).get("/api/v1/reviewers?organisationId={o}&limit=200",
                DemoCallers.BASE).then().statusCode(200).body("items.sub", not(hasItem(baseSub)));
        given().auth().oauth2(DemoCallers.admin()).get("/api/v1/reviewers?organisationId={o}&limit=200",
                DemoCallers.OTHER_BASE).then().statusCode(200).body("items.sub", hasItem(baseSub));
        assertEquals(1, rows(baseSub));
    }

    @Test
    void pagesWalkEveryReviewerOnceByName() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // a province of its own, so that the walk meets only this test's reviewers
        String province = "pv" + tag;
        for (String name : List.of("c", "a", "b")) {
            seen("sub-" + name + "-" + tag, name + "." + tag, province);
        }
        String admin = TestTokens.token("admin." + tag, province, "admin");
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(admin).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/reviewers").then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("items.username"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(List.of("a." + tag, "b." + tag, "c." + tag), walked);

        given().auth().oauth2(admin).get("/api/v1/reviewers?limit=0").then().statusCode(400)
                .body("violations.field", hasItem("limit"));
        given().auth().oauth2(admin).get("/api/v1/reviewers?cursor=not-handed-out").then().statusCode(400)
                .body("violations.field", hasItem("cursor"));
        // the province's admin of the demo tree: no such organisation
        given().auth().oauth2(DemoCallers.admin()).get("/api/v1/reviewers?organisationId={o}", province).then()
                .statusCode(404);
    }

    @Test
    void aTokenTheDirectoryCannotHoldIsAnsweredAsEverAndRecordsNothing() throws SQLException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // an organisation longer than any the registry names, and a subject shaped like a key from before V7
        given().auth().oauth2(TestTokens.tokenWithSubject("sub-long-" + tag, "long." + tag, "o".repeat(100),
                "reviewer")).get("/api/v1/reviews").then().statusCode(lessThan(500));
        given().auth().oauth2(TestTokens.tokenWithSubject("unbound:" + tag, "old." + tag, DemoCallers.BASE,
                "reviewer")).get("/api/v1/reviews").then().statusCode(lessThan(500));
        assertEquals(0, rows("sub-long-" + tag) + rows("unbound:" + tag));
    }

    /** The reviewer calls recognition (their queue). */
    private static void seen(String sub, String username, String orgId) {
        given().auth().oauth2(TestTokens.tokenWithSubject(sub, username, orgId, "reviewer")).get("/api/v1/reviews")
                .then().statusCode(200);
    }

    private int rows(String sub) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select count(*) from recognition.reviewer where sub = ?")) {
            statement.setString(1, sub);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
