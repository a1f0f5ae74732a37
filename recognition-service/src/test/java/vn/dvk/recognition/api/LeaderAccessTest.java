package vn.dvk.recognition.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.Campaigns;
import vn.dvk.recognition.Decisions;
import vn.dvk.recognition.Submissions;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.fuzz.StateDigest;
import vn.dvk.testing.policy.ReadOnlyRole;

/**
 * A committee's leader (role {@code leader}: Trưởng ban, Bí thư) reads the cases, decisions, certificates, minutes
 * and councils on their organisation's line, and acts on nothing: each of recognition's changing operations answers
 * 403, on a case, a decision, a council and criteria the leader sees, and leaves every table and the outbox as they
 * were.
 */
@QuarkusTest
class LeaderAccessTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aLeaderReadsTheDocumentsOfTheirLineAndChangesNothing() {
        String campaign = "leader-" + UUID.randomUUID().toString().substring(0, 8);
        Campaigns.open(campaign, "BASE", "BLOC", "PROVINCE");
        String modelId = Submissions.casesAtBase(campaign, 1).get(0);
        String decisionId = Decisions.issue(DemoCallers.reviewer(DemoCallers.BASE),
                Decisions.body("3-QĐ/ĐU-" + campaign, "BASE", List.of(modelId))).statusCode(201).extract().path("id");
        String councilId = given().auth().oauth2(DemoCallers.admin()).contentType(ContentType.JSON).body("""
                {"campaignId":"%s","level":"BASE","organisationId":"ag-syt","name":"Hội đồng xét","quorum":3,"members":[
                  {"sub":"s1","fullName":"A","orgId":"ag-syt"},{"sub":"s2","fullName":"B","orgId":"ag-syt"},
                  {"sub":"s3","fullName":"C","orgId":"ag-syt"}]}""".formatted(campaign))
                .post("/api/v1/councils").then().statusCode(201).extract().path("id");

        StateDigest state = StateDigest.of(dataSource, "recognition", Set.of());
        for (String organisation : List.of(DemoCallers.PROVINCE, DemoCallers.BLOC, DemoCallers.BASE)) {
            String leader = DemoCallers.leader(organisation);
            given().auth().oauth2(leader).get("/api/v1/cases/{id}", modelId).then().statusCode(200)
                    .body("modelId", equalTo(modelId));
            given().auth().oauth2(leader).get("/api/v1/decisions/{id}", decisionId).then().statusCode(200);
            given().auth().oauth2(leader).get("/api/v1/councils/{id}", councilId).then().statusCode(200);
            given().auth().oauth2(leader).get("/api/v1/cases/{id}/certificates", modelId).then().statusCode(200)
                    .body("size()", equalTo(1));
            int sent = ReadOnlyRole.assertChangesNothing(URI.create("http://localhost:" + RestAssured.port), leader,
                    template -> template.replace("{modelId}", modelId)
                            .replace("/decisions/{id}", "/decisions/" + decisionId)
                            .replace("/councils/{id}", "/councils/" + councilId)
                            .replace("{campaignId}", campaign).replace("{level}", "BASE"),
                    state, ReadOnlyRole.outbox(dataSource, "recognition"));
            assertTrue(sent >= 8, "changing operations sent: " + sent);
        }
        // another bloc's leader: none of it exists
        String beside = DemoCallers.leader(DemoCallers.OTHER_BLOC);
        given().auth().oauth2(beside).get("/api/v1/cases/{id}", modelId).then().statusCode(404);
        given().auth().oauth2(beside).get("/api/v1/decisions/{id}", decisionId).then().statusCode(404);
        given().auth().oauth2(beside).get("/api/v1/councils/{id}", councilId).then().statusCode(404);
        // the review queue is the reviewers' work, the audit trail the auditors'
        given().auth().oauth2(DemoCallers.leader(DemoCallers.PROVINCE)).get("/api/v1/reviews").then().statusCode(403);
        given().auth().oauth2(DemoCallers.leader(DemoCallers.PROVINCE)).get("/api/v1/audit").then().statusCode(403);
    }
}
