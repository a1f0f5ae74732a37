package vn.dvk.recognition.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.dvk.recognition.Campaigns;
import vn.dvk.recognition.CaseActions;
import vn.dvk.recognition.Decisions;
import vn.dvk.recognition.Submissions;
import vn.dvk.recognition.certificates.Certificate;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.TestTokens;

/**
 * Who may use each recognition endpoint, by role, organisation and level: a case at bloc level recognised at base
 * by a base decision. Callers off the case's path get 404 exactly as for a case that does not exist; callers on it
 * without the right get 403, as does every caller whose role may never use the endpoint (which tells nothing of
 * the case). "Allowed" is shown without changing anything where possible (a stale If-Match: 412).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecognitionAccessMatrixTest {

    private static final Map<String, String> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("unit cadre", DemoCallers.unitCadre());
        CALLERS.put("other unit cadre", DemoCallers.otherUnitCadre());
        // submitters whose organisation is above the unit: the registry shows them none of its models
        CALLERS.put("base submitter", TestTokens.token("base.submitter", DemoCallers.BASE, "submitter"));
        CALLERS.put("province submitter", TestTokens.token("province.submitter", DemoCallers.PROVINCE, "submitter"));
        CALLERS.put("base reviewer", DemoCallers.reviewer(DemoCallers.BASE));
        CALLERS.put("other base reviewer", DemoCallers.reviewer(DemoCallers.OTHER_BASE));
        CALLERS.put("bloc reviewer", DemoCallers.reviewer(DemoCallers.BLOC));
        CALLERS.put("other bloc reviewer", DemoCallers.reviewer("ag-tu-lx"));
        CALLERS.put("province reviewer", DemoCallers.reviewer(DemoCallers.PROVINCE));
        CALLERS.put("other province reviewer", TestTokens.token("kg.reviewer", "kg", "reviewer"));
        CALLERS.put("admin", DemoCallers.admin());
        CALLERS.put("other province admin", TestTokens.token("kg.admin", "kg", "admin"));
        CALLERS.put("auditor", DemoCallers.auditor());
        CALLERS.put("province leader", DemoCallers.leader(DemoCallers.PROVINCE));
        CALLERS.put("bloc leader", DemoCallers.leader(DemoCallers.BLOC));
        CALLERS.put("base leader", DemoCallers.leader(DemoCallers.BASE));
        CALLERS.put("other bloc leader", DemoCallers.leader(DemoCallers.OTHER_BLOC));
        CALLERS.put("no token", null);
    }

    private String campaign;
    private String modelId;
    private String decisionId;
    private String certificateId;
    private String commendationCertificateId;
    private String councilId;

    @BeforeEach
    void aCaseAtBlocLevelRecognisedAtBaseByDecision() {
        if (modelId != null) {
            return; // one case serves every test of the class
        }
        campaign = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        Campaigns.open(campaign, "BASE", "BLOC", "PROVINCE");
        modelId = Submissions.casesAtBase(campaign, 1).get(0);
        String base = CALLERS.get("base reviewer");
        Response issued = Decisions.issue(base, Decisions.body("7-QĐ/ĐU-" + campaign, "BASE", List.of(modelId), """
                {"form":"GIAY_KHEN","grade":"OUTSTANDING","recipientKind":"INDIVIDUAL","recipientName":"Bà Lê Thị Mai","unitId":"%s",
                 "achievement":"Thành tích %s"}""".formatted(DemoCallers.UNIT, campaign)))
                .statusCode(201).extract().response();
        decisionId = issued.path("id");
        String commendationId = issued.path("commendations[0].id");
        commendationCertificateId = Certificate.<Certificate>find("commendationId", UUID.fromString(commendationId))
                .firstResult().id.toString();
        CaseActions.act(base, modelId, "NOMINATE", null).statusCode(200).body("level", equalTo("BLOC"));
        certificateId = given().auth().oauth2(base).get("/api/v1/cases/{id}/certificates", modelId).then()
                .extract().path("[0].id");
        given().auth().oauth2(CALLERS.get("admin")).contentType(ContentType.JSON).body(CRITERIA)
                .put("/api/v1/criteria/{c}/PROVINCE", campaign).then().statusCode(200);
        councilId = given().auth().oauth2(CALLERS.get("admin")).contentType(ContentType.JSON).body(council(campaign))
                .post("/api/v1/councils").then().statusCode(201).extract().path("id");
    }

    /** The bloc committee's council: five members of the bloc, member.x among them. */
    private static String council(String campaign) {
        return """
                {"campaignId":"%s","level":"BLOC","organisationId":"ag-dukcqdn","name":"Hội đồng","quorum":3,"members":[
                  {"sub":"user-member.x","fullName":"X","orgId":"ag-dukcqdn"},
                  {"sub":"s2","fullName":"B","orgId":"ag-dukcqdn"},{"sub":"s3","fullName":"C","orgId":"ag-dukcqdn"},
                  {"sub":"s4","fullName":"D","orgId":"ag-dukcqdn"},{"sub":"s5","fullName":"E","orgId":"ag-dukcqdn"}]}"""
                .formatted(campaign);
    }

    private static final String CRITERIA = """
            {"criteria":[{"code":"a","name":"A","maxPoints":10,"weight":100}],"councilRequired":false}""";

    @Test
    void readingDecisionListsCertificatesMinutesCriteriaAndCouncils() {
        check("list decisions", leaders(200, 200, 200, 200,
                "base reviewer", 200, "bloc reviewer", 200, "province reviewer", 200,
                "admin", 200, "auditor", 200, "other bloc reviewer", 200, "other province reviewer", 200,
                "unit cadre", 403, "no token", 401), r -> r.get("/api/v1/decisions?limit=200"));
        // a list shows the decisions of the caller's organisation and those below it, nobody else's
        for (String caller : List.of("base reviewer", "bloc reviewer", "province reviewer", "admin", "auditor",
                "province leader", "bloc leader", "base leader")) {
            given().auth().oauth2(CALLERS.get(caller)).get("/api/v1/decisions?limit=200").then()
                    .body("items.id", org.hamcrest.Matchers.hasItem(decisionId));
        }
        for (String caller : List.of("other base reviewer", "other bloc reviewer", "other province reviewer",
                "other bloc leader")) {
            given().auth().oauth2(CALLERS.get(caller)).get("/api/v1/decisions?limit=200").then()
                    .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(decisionId)));
        }
        check("case certificates", leaders(200, 200, 200, 404,
                "base reviewer", 200, "bloc reviewer", 200, "province reviewer", 200,
                "admin", 200, "auditor", 200, "unit cadre", 200, "other unit cadre", 404, "base submitter", 404,
                "province submitter", 404, "other base reviewer", 404,
                "other bloc reviewer", 404, "other province reviewer", 404, "other province admin", 404,
                "no token", 401), r -> r.get("/api/v1/cases/{id}/certificates", modelId));
        // the unit's own cadre lists its model's certificates, to download and share their verification link
        given().auth().oauth2(CALLERS.get("unit cadre")).get("/api/v1/cases/{id}/certificates", modelId).then()
                .body("id", org.hamcrest.Matchers.hasItem(certificateId))
                .body("token", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue()));
        check("certificate pdf", leaders(200, 200, 200, 404,
                "unit cadre", 200, "bloc reviewer", 200, "other unit cadre", 404,
                "base submitter", 404, "province submitter", 404, "other bloc reviewer", 404,
                "other province reviewer", 404, "no token", 401),
                r -> r.get("/api/v1/certificates/{id}/pdf", certificateId));
        // a council judges the case at its level: its minutes, with no vote yet
        check("council minutes", leaders(200, 200, 200, 404,
                "bloc reviewer", 200, "base reviewer", 200, "admin", 200, "auditor", 200,
                "unit cadre", 403, "other base reviewer", 404, "other bloc reviewer", 404,
                "other province reviewer", 404, "no token", 401),
                r -> r.get("/api/v1/cases/{id}/council-minutes", modelId));
        check("GET criteria", leaders(200, 200, 200, 404,
                "admin", 200, "base reviewer", 200, "bloc reviewer", 200, "auditor", 200,
                "other province reviewer", 404, "other province admin", 404, "unit cadre", 403, "no token", 401),
                r -> r.get("/api/v1/criteria/{c}/PROVINCE", campaign));
        // the committee's organisation and those above it read its council; below or beside it, nobody
        check("GET council", leaders(200, 200, 404, 404,
                "bloc reviewer", 200, "province reviewer", 200, "admin", 200, "auditor", 200,
                "base reviewer", 404, "other bloc reviewer", 404, "other province reviewer", 404,
                "other province admin", 404, "unit cadre", 403, "no token", 401),
                r -> r.get("/api/v1/councils/{id}", councilId));
        // a member reads it with a token naming the organisation they were seated from, not with another
        given().auth().oauth2(TestTokens.token("member.x", "ag-dukcqdn", "reviewer"))
                .get("/api/v1/councils/{id}", councilId).then().statusCode(200)
                .body("members.sub", org.hamcrest.Matchers.hasItem("user-member.x"));
        given().auth().oauth2(TestTokens.token("member.x", "ag-syt", "reviewer"))
                .get("/api/v1/councils/{id}", councilId).then().statusCode(404);
    }

    @Test
    void readingACase() {
        check("GET case", leaders(200, 200, 200, 404,
                "base reviewer", 200, "bloc reviewer", 200, "province reviewer", 200, "admin", 200,
                "auditor", 200, "unit cadre", 403, "other unit cadre", 403, "other province admin", 404,
                "other base reviewer", 404, "other bloc reviewer", 404, "other province reviewer", 404, "no token", 401),
                r -> r.get("/api/v1/cases/{id}", modelId));
    }

    @Test
    void actingOnACaseAtBlocLevel() {
        // the bloc's committee is the one allowed: its stale If-Match shows it got past every access rule
        check("act", leaders(403, 403, 403, 403,
                "bloc reviewer", 412, "base reviewer", 403, "province reviewer", 403, "admin", 403,
                "auditor", 403, "unit cadre", 403, "other unit cadre", 403, "other province admin", 403,
                "other base reviewer", 404, "other bloc reviewer", 404, "other province reviewer", 404, "no token", 401),
                r -> r.contentType(ContentType.JSON).header("If-Match", "\"999\"").body("{\"action\":\"RECOGNIZE\"}")
                        .post("/api/v1/cases/{id}/actions", modelId));
    }

    @Test
    void scoringAndVoting() {
        // allowed to score, but the level has no criteria: 409 says so, after every access rule
        check("score", leaders(403, 403, 403, 403,
                "bloc reviewer", 409, "base reviewer", 403, "province reviewer", 403, "admin", 403,
                "auditor", 403, "unit cadre", 403, "other unit cadre", 403, "other province admin", 403,
                "other base reviewer", 404, "other bloc reviewer", 404, "other province reviewer", 404, "no token", 401),
                r -> r.contentType(ContentType.JSON).body("{\"points\":{\"a\":1}}")
                        .post("/api/v1/cases/{id}/scores", modelId));
        check("vote", leaders(403, 403, 403, 403,
                "bloc reviewer", 403, "base reviewer", 403, "province reviewer", 403, "admin", 403,
                "auditor", 403, "unit cadre", 403, "other unit cadre", 403, "other province admin", 403,
                "other base reviewer", 404, "other bloc reviewer", 404, "other province reviewer", 404, "no token", 401),
                r -> r.contentType(ContentType.JSON).body("{\"vote\":\"FOR\"}").post("/api/v1/cases/{id}/votes", modelId));
    }

    @Test
    void decisions() {
        check("GET decision", leaders(200, 200, 200, 404,
                "base reviewer", 200, "bloc reviewer", 200, "province reviewer", 200,
                "admin", 200, "auditor", 200, "unit cadre", 403, "other unit cadre", 403, "other province admin", 404,
                "other base reviewer", 404, "other bloc reviewer", 404, "other province reviewer", 404, "no token", 401),
                r -> r.get("/api/v1/decisions/{id}", decisionId));
        // the printed decision, either format: whoever reads the decision, and nobody else
        for (String format : List.of("pdf", "docx")) {
            check("decision document " + format, leaders(200, 200, 200, 404, "base reviewer", 200, "bloc reviewer", 200,
                    "province reviewer", 200, "admin", 200, "auditor", 200, "unit cadre", 403, "other unit cadre", 403,
                    "other province admin", 404, "other base reviewer", 404, "other bloc reviewer", 404,
                    "other province reviewer", 404, "no token", 401),
                    r -> r.queryParam("format", format).get("/api/v1/decisions/{id}/document", decisionId));
        }
        check("revoke", leaders(403, 403, 403, 403,
                "base reviewer", 412, "bloc reviewer", 403, "province reviewer", 403, "admin", 403,
                "auditor", 403, "unit cadre", 403, "other unit cadre", 403, "other province admin", 403,
                "other base reviewer", 404, "other bloc reviewer", 404, "other province reviewer", 404, "no token", 401),
                r -> r.contentType(ContentType.JSON).header("If-Match", "\"999\"")
                        .body("{\"reason\":\"x\",\"revokingNumber\":\"y\"}")
                        .post("/api/v1/decisions/{id}/revocation", decisionId));
        check("issue", leaders(403, 403, 403, 403,
                "admin", 403, "auditor", 403, "unit cadre", 403, "other unit cadre", 403,
                "other province admin", 403, "no token", 401),
                r -> r.contentType(ContentType.JSON).body(Decisions.body("9-" + campaign, "BLOC", List.of(modelId)))
                        .post("/api/v1/decisions"));
        // a reviewer of another bloc naming the case is told what it would be told of a case that does not exist
        String missing = UUID.randomUUID().toString();
        Response refused = Decisions.issue(CALLERS.get("other bloc reviewer"), Decisions.body("9-" + campaign, "BLOC",
                List.of(modelId, missing))).statusCode(409).extract().response();
        List<String> reasons = refused.path("current.reason");
        assertEquals(reasons.get(0), reasons.get(1), refused.asString());
    }

    @Test
    void criteriaCouncilsCertificatesAuditAndQueues() {
        check("PUT criteria", leaders(403, 403, 403, 403,
                "admin", 200, "other province admin", 404, "bloc reviewer", 403, "auditor", 403,
                "unit cadre", 403, "no token", 401),
                r -> r.contentType(ContentType.JSON).body(CRITERIA).put("/api/v1/criteria/{c}/PROVINCE", campaign));
        // only an admin forms a council (409 here: the committee has one); for another province's, 404
        check("form council", leaders(403, 403, 403, 403,
                "admin", 409, "other province admin", 404, "bloc reviewer", 403,
                "province reviewer", 403, "unit cadre", 403, "auditor", 403, "no token", 401),
                r -> r.contentType(ContentType.JSON).body(council(campaign)).post("/api/v1/councils"));
        check("change council", leaders(403, 403, 403, 403,
                "admin", 412, "other province admin", 404, "bloc reviewer", 403,
                "base reviewer", 404, "unit cadre", 403, "auditor", 403, "no token", 401),
                r -> r.contentType(ContentType.JSON).header("If-Match", "\"99\"").body("""
                        {"name":"HĐ","quorum":3,"members":[{"sub":"s1","fullName":"A","orgId":"ag-dukcqdn"},
                         {"sub":"s2","fullName":"B","orgId":"ag-dukcqdn"},{"sub":"s3","fullName":"C","orgId":"ag-dukcqdn"},
                         {"sub":"s4","fullName":"D","orgId":"ag-dukcqdn"},{"sub":"s5","fullName":"E","orgId":"ag-dukcqdn"}]}""")
                        .put("/api/v1/councils/{id}", councilId));
        check("certificate", leaders(200, 200, 200, 404,
                "unit cadre", 200, "base reviewer", 200, "bloc reviewer", 200, "auditor", 200,
                "other unit cadre", 404, "other base reviewer", 404, "other bloc reviewer", 404,
                "other province reviewer", 404, "other province admin", 404, "base submitter", 404,
                "province submitter", 404, "province reviewer", 200, "admin", 200, "no token", 401),
                r -> r.get("/api/v1/certificates/{id}", certificateId));
        // a commendation to someone of the unit: read as the unit's models are
        check("commendation certificate", leaders(200, 200, 200, 404,
                "unit cadre", 200, "base reviewer", 200, "bloc reviewer", 200,
                "auditor", 200, "admin", 200, "other unit cadre", 404, "base submitter", 404,
                "province submitter", 404, "other base reviewer", 404, "other province admin", 404, "no token", 401),
                r -> r.get("/api/v1/certificates/{id}", commendationCertificateId));
        // the reviewers seen in the base and below: for the admins and leaders over it
        check("reviewers", leaders(200, 200, 200, 404,
                "admin", 200, "other province admin", 404, "base reviewer", 403, "bloc reviewer", 403,
                "auditor", 403, "unit cadre", 403, "no token", 401),
                r -> r.get("/api/v1/reviewers?organisationId={o}", DemoCallers.BASE));
        check("audit", leaders(403, 403, 403, 403,
                "auditor", 200, "admin", 403, "bloc reviewer", 403, "province reviewer", 403,
                "unit cadre", 403, "no token", 401), r -> r.get("/api/v1/audit"));
        check("queue", leaders(403, 403, 403, 403,
                "bloc reviewer", 200, "unit cadre", 403, "admin", 403, "auditor", 403, "no token", 401),
                r -> r.get("/api/v1/reviews"));
    }

    /**
     * What the leaders of the province, the bloc and the base on the case's path, and of another bloc, must get (a
     * leader reads as a reviewer of their organisation would and acts on nothing), then other callers' pairs.
     */
    private static Map<String, Integer> leaders(int province, int bloc, int base, int otherBloc, Object... pairs) {
        Map<String, Integer> expected = expect(pairs);
        expected.put("province leader", province);
        expected.put("bloc leader", bloc);
        expected.put("base leader", base);
        expected.put("other bloc leader", otherBloc);
        return expected;
    }

    /** Caller names and the status each must get, in pairs. */
    private static Map<String, Integer> expect(Object... pairs) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            expected.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return expected;
    }

    private static void check(String what, Map<String, Integer> expected, Function<RequestSpecification, Response> call) {
        List<String> wrong = new ArrayList<>();
        expected.forEach((caller, status) -> {
            String token = CALLERS.get(caller);
            RequestSpecification request = token == null ? given() : given().auth().oauth2(token);
            Response response = call.apply(request);
            if (response.statusCode() != status) {
                wrong.add(caller + ": " + response.statusCode() + " (expected " + status + ") " + response.asString());
            } else if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                wrong.add(caller + ": " + status + " without a problem body");
            }
        });
        assertEquals(List.of(), wrong, what);
    }
}
