package vn.dvk.recognition.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import vn.dvk.recognition.CaseActions;
import vn.dvk.recognition.Campaigns;
import vn.dvk.recognition.Councils;
import vn.dvk.recognition.Decisions;
import vn.dvk.recognition.Submissions;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.policy.AccessPolicyTests;

/**
 * The recognition service's access policy, src/test/resources/access-policy.csv, held against the service: every
 * operation × resource state × caller gets the status the table says; and every operation of the OpenAPI document
 * has rows, so that a new endpoint without a policy fails the build ({@link AccessPolicyTests}).
 */
@QuarkusTest
class RecognitionAccessPolicyTest extends AccessPolicyTests {

    private static final String CRITERIA = """
            {"criteria":[{"code":"a","name":"A","maxPoints":10,"weight":100}],"councilRequired":false}""";

    private String campaign;
    private String modelId;
    private String decisionId;
    private String certificateId;
    private String councilId;

    @BeforeEach
    void aCaseAtBlocLevelRecognisedAtBaseByDecision() {
        if (modelId != null) {
            return;
        }
        campaign = "policy-" + UUID.randomUUID().toString().substring(0, 8);
        Campaigns.open(campaign, "BASE", "BLOC", "PROVINCE");
        modelId = Submissions.casesAtBase(campaign, 1).get(0);
        String base = DemoCallers.reviewer(DemoCallers.BASE);
        decisionId = Decisions.issue(base, Decisions.body("7-QĐ/ĐU-" + campaign, "BASE", List.of(modelId)))
                .statusCode(201).extract().path("id");
        CaseActions.act(base, modelId, "NOMINATE", null).statusCode(200).body("level", equalTo("BLOC"));
        certificateId = given().auth().oauth2(base).get("/api/v1/cases/{id}/certificates", modelId).then()
                .statusCode(200).extract().path("[0].id");
        given().auth().oauth2(DemoCallers.admin()).contentType(ContentType.JSON).body(CRITERIA)
                .put("/api/v1/criteria/{c}/PROVINCE", campaign).then().statusCode(200);
        councilId = given().auth().oauth2(DemoCallers.admin()).contentType(ContentType.JSON)
                .body(Councils.bloc(campaign)).post("/api/v1/councils").then().statusCode(201).extract().path("id");
    }

    @Override
    protected Response send(String operation, String state, RequestSpecification r) {
        return switch (operation + " " + state) {
            case "getCase at bloc" -> r.get("/api/v1/cases/{id}", modelId);
            case "listCaseCertificates at bloc" -> r.get("/api/v1/cases/{id}/certificates", modelId);
            case "getCouncilMinutes at bloc" -> r.get("/api/v1/cases/{id}/council-minutes", modelId);
            case "actOnCase at bloc" -> r.header("If-Match", "\"999\"").body("{\"action\":\"RECOGNIZE\"}")
                    .post("/api/v1/cases/{id}/actions", modelId);
            case "scoreCase at bloc" -> r.body("{\"points\":{\"a\":1}}").post("/api/v1/cases/{id}/scores", modelId);
            case "voteOnCase at bloc" -> r.body("{\"vote\":\"FOR\"}").post("/api/v1/cases/{id}/votes", modelId);
            case "getCertificate issued" -> r.get("/api/v1/certificates/{id}", certificateId);
            case "getCertificatePdf issued" -> r.get("/api/v1/certificates/{id}/pdf", certificateId);
            case "verifyCertificate not a token" -> r.get("/api/v1/certificates/verification?token=x");
            case "listDecisions -" -> r.get("/api/v1/decisions?limit=200");
            case "getDecision base decision" -> r.get("/api/v1/decisions/{id}", decisionId);
            case "getDecisionDocument base decision" -> r.get("/api/v1/decisions/{id}/document", decisionId);
            case "revokeDecision base decision" -> r.header("If-Match", "\"999\"")
                    .body("{\"reason\":\"x\",\"revokingNumber\":\"y\"}")
                    .post("/api/v1/decisions/{id}/revocation", decisionId);
            case "issueDecision unknown case" -> r.body(Decisions.body("9-" + campaign, "BLOC",
                    List.of(UUID.randomUUID().toString()))).post("/api/v1/decisions");
            case "getLevelRules province" -> r.get("/api/v1/criteria/{c}/PROVINCE", campaign);
            case "setLevelRules province" -> r.body(CRITERIA).put("/api/v1/criteria/{c}/PROVINCE", campaign);
            case "createCouncil bloc council" -> r.body(Councils.bloc(campaign)).post("/api/v1/councils");
            case "createCouncil no base council" -> r.body(Councils.of(campaign, "BASE", DemoCallers.BASE, 3, 2))
                    .post("/api/v1/councils");
            case "listCouncils bloc council" -> r.get("/api/v1/councils?campaignId={c}", campaign);
            case "getCouncil bloc council" -> r.get("/api/v1/councils/{id}", councilId);
            case "changeCouncil bloc council" -> r.header("If-Match", "\"999\"").body(Councils.blocChange())
                    .put("/api/v1/councils/{id}", councilId);
            case "listReviewers base" -> r.get("/api/v1/reviewers?organisationId={o}", DemoCallers.BASE);
            case "listReviewQueue -" -> r.get("/api/v1/reviews");
            case "readAuditTrail -" -> r.get("/api/v1/audit");
            case "listDeadLetters -" -> r.get("/api/v1/recognition-dead-letters");
            case "replayDeadLetters -" -> r.post("/api/v1/recognition-dead-letters/replay?id=none");
            default -> throw new IllegalArgumentException("No request for " + operation + " [" + state + "]");
        };
    }
}
