package vn.dvk.recognition.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.Campaigns;
import vn.dvk.recognition.Decisions;
import vn.dvk.recognition.Submissions;
import vn.dvk.testing.DemoCallers;

/** The refusals of councils, criteria, scores, decisions and the audit's filters: each a 4xx naming what is wrong. */
@QuarkusTest
class RecognitionRefusalsTest {

    private static final String BASE = DemoCallers.reviewer(DemoCallers.BASE);
    private static final String ADMIN = DemoCallers.admin();

    @Test
    void councilsAreRefusedWithTheirFault() {
        String campaign = "refuse-" + UUID.randomUUID().toString().substring(0, 8);
        Campaigns.open(campaign, "BASE", "BLOC");
        Submissions.casesAtBase(campaign, 1); // the base organisation belongs to the campaign's province
        council(campaign, 4, "a", "b", "c").statusCode(400).body("violations.field", hasItem("quorum"));
        council(campaign, 2, "a", "a", "b").statusCode(400).body("violations.field", hasItem("members"));
        council("no-such-campaign", 2, "a", "b", "c").statusCode(404);
        council(campaign, 2, "a", "b", "c").statusCode(201);
        council(campaign, 2, "b", "c", "d").statusCode(409).contentType("application/problem+json");
    }

    @Test
    void criteriaAndScoresAreRefusedWithTheirFault() {
        String campaign = "refuse-" + UUID.randomUUID().toString().substring(0, 8);
        Campaigns.open(campaign, "BASE", "BLOC");
        String id = Submissions.casesAtBase(campaign, 1).get(0);
        criteria(campaign, """
                [{"code":"a","name":"A","maxPoints":10,"weight":60},{"code":"b","name":"B","maxPoints":5,"weight":30}]""")
                .statusCode(400).body("violations.field", hasItem("criteria"));
        criteria(campaign, """
                [{"code":"a","name":"A","maxPoints":10,"weight":60},{"code":"a","name":"B","maxPoints":5,"weight":40}]""")
                .statusCode(400).body("violations.field", hasItem("criteria"));
        criteria("no-such-campaign", """
                [{"code":"a","name":"A","maxPoints":10,"weight":100}]""").statusCode(404);
        criteria(campaign, """
                [{"code":"a","name":"A","maxPoints":10,"weight":60},{"code":"b","name":"B","maxPoints":5,"weight":40}]""")
                .statusCode(200);

        score(id, "{\"points\":{\"a\":11,\"b\":5}}").statusCode(400).body("violations.field", hasItem("points.a"));
        score(id, "{\"points\":{\"a\":10}}").statusCode(400).body("violations.field", hasItem("points.b"));
        score(id, "{\"points\":{\"a\":10,\"b\":5,\"c\":1}}").statusCode(400).body("violations.field", hasItem("points.c"));
        score(id, "{\"points\":{\"a\":-1,\"b\":5}}").statusCode(400);
        score(id, "{\"points\":{\"a\":5,\"b\":5}}").statusCode(200).body("averageScore", equalTo(70.0f));
        // below the pass threshold (75): recognition is refused with the reason
        given().auth().oauth2(BASE).contentType(ContentType.JSON)
                .header("If-Match", vn.dvk.recognition.CaseActions.tagOf(BASE, id)).body("{\"action\":\"RECOGNIZE\"}")
                .post("/api/v1/cases/{id}/actions", id).then().statusCode(409)
                .body("type", equalTo("https://dvk.example/problems/cases-not-ready"));
    }

    @Test
    void decisionsAndAuditFiltersAreRefusedWithTheirFault() {
        String id = Submissions.caseAtBase();
        Decisions.issue(BASE, Decisions.body("1-QĐ/EMPTY", "BASE", List.of())).statusCode(400)
                .body("violations.field", hasItem("modelIds"));
        Decisions.issue(BASE, Decisions.body("1-QĐ/TWICE", "BASE", List.of(id, id))).statusCode(400)
                .body("violations.field", hasItem("modelIds"));
        Decisions.issue(BASE, Decisions.body("1-QĐ/FORM", "BASE", List.of(), """
                {"form":"HUAN_CHUONG","recipientKind":"INDIVIDUAL","recipientName":"A","unitId":"ag-syt-bvdk",
                 "achievement":"B"}""")).statusCode(409).body("current[0].commendation", equalTo(0));
        given().auth().oauth2(DemoCallers.auditor()).get("/api/v1/audit?from=yesterday&action=NOTHING").then()
                .statusCode(400).body("violations.field", hasItem("from")).body("violations.field", hasItem("action"));
    }

    private static ValidatableResponse council(String campaign, int quorum, String... members) {
        StringBuilder list = new StringBuilder();
        for (String member : members) {
            list.append(list.isEmpty() ? "" : ",").append("""
                    {"sub":"%s","fullName":"Thành viên %s","orgId":"ag-syt"}""".formatted(member, member));
        }
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("""
                {"campaignId":"%s","level":"BASE","organisationId":"ag-syt","name":"Hội đồng","quorum":%d,
                 "members":[%s]}"""
                .formatted(campaign, quorum, list)).post("/api/v1/councils").then();
    }

    private static ValidatableResponse criteria(String campaign, String criteria) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"criteria\":" + criteria + ",\"councilRequired\":false}")
                .put("/api/v1/criteria/{c}/BASE", campaign).then();
    }

    private static ValidatableResponse score(String id, String body) {
        return given().auth().oauth2(BASE).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases/{id}/scores", id).then();
    }
}
