package vn.dvk.recognition.decisions;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.Campaigns;
import vn.dvk.recognition.CaseActions;
import vn.dvk.recognition.Decisions;
import vn.dvk.recognition.Submissions;
import vn.dvk.recognition.domain.CaseAction;
import vn.dvk.recognition.domain.Decision;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.EventSchemas;
import vn.dvk.testing.TestTokens;
import vn.dvk.testing.TopicProbe;

/**
 * The issue's batch, end to end: 20 models submitted; at base 3 returned and resubmitted, 2 declined, 15 recognised,
 * 10 nominated; a bloc council (one member recused) scores and votes; one bloc decision recognises 6; 4 are
 * nominated and a provincial decision recognises 3; then the bloc decision is revoked and everything follows.
 */
@QuarkusTest
class BatchDecisionFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String BASE = DemoCallers.reviewer(DemoCallers.BASE);
    private static final String BLOC = DemoCallers.reviewer(DemoCallers.BLOC);
    private static final String PROVINCE = DemoCallers.reviewer(DemoCallers.PROVINCE);
    private static final String MEMBER_A = TestTokens.token("member.a", DemoCallers.BLOC, "reviewer");
    private static final String MEMBER_B = TestTokens.token("member.b", DemoCallers.BLOC, "reviewer");
    private static final String MEMBER_C = TestTokens.token("member.c", DemoCallers.BLOC, "reviewer");
    private static final String MEMBER_E = TestTokens.token("member.e", DemoCallers.BLOC, "reviewer");
    /** From the models' own unit: recused from every one of them. */
    private static final String MEMBER_D = TestTokens.token("member.d", DemoCallers.UNIT, "reviewer");

    @Inject
    EntityManager entityManager;

    @Test
    void aBatchClimbsByDecisionsAndARevocationFlowsEverywhere() throws Exception {
        String campaign = "flow-" + UUID.randomUUID().toString().substring(0, 8);
        Campaigns.open(campaign, "BASE", "BLOC", "PROVINCE");
        List<String> models = Submissions.casesAtBase(campaign, 20);

        // base level: 3 returned (and resubmitted), 2 declined, 15 recognised, 10 of them nominated
        List<String> returned = models.subList(0, 3);
        List<String> declined = models.subList(3, 5);
        for (String id : returned) {
            CaseActions.act(BASE, id, "RETURN", "Bổ sung số liệu").statusCode(200);
        }
        for (String id : declined) {
            CaseActions.act(BASE, id, "DECLINE", "Chưa đạt tiêu chí").statusCode(200);
        }
        for (String id : returned) {
            DemoEvents.resubmitted(id, campaign, 2, 2, "BASE");
        }
        await().atMost(EVENTUALLY).untilAsserted(() -> given().auth().oauth2(BASE).queryParam("campaignId", campaign)
                .get("/api/v1/reviews").then().body("counts.total", equalTo(18)));
        List<String> atBase = new ArrayList<>(returned);
        atBase.addAll(models.subList(5, 17));
        for (String id : atBase) {
            CaseActions.act(BASE, id, "RECOGNIZE", null).statusCode(200);
        }
        List<String> nominated = atBase.subList(0, 10);
        for (String id : nominated) {
            CaseActions.act(BASE, id, "NOMINATE", null).statusCode(200).body("level", equalTo("BLOC"));
        }
        // a resubmitted model resumed at base on its new version
        given().auth().oauth2(BASE).get("/api/v1/cases/{id}", returned.get(0)).then()
                .body("modelVersion", equalTo(2)).body("levels[0].status", equalTo("NOMINATED"))
                .body("levels[1].level", equalTo("BLOC")).body("levels[1].status", equalTo("UNDER_REVIEW"));

        // the bloc's rules: two criteria, pass at 75, a council must vote
        given().auth().oauth2(DemoCallers.admin()).contentType(ContentType.JSON).body("""
                {"criteria":[{"code":"hieu-qua","name":"Hiệu quả","maxPoints":10,"weight":60},
                             {"code":"nhan-rong","name":"Khả năng nhân rộng","maxPoints":5,"weight":40}],
                 "councilRequired":true}""").put("/api/v1/criteria/{c}/BLOC", campaign)
                .then().statusCode(200).body("passThreshold", equalTo(75));
        // the province's admin forms the bloc committee's council; members known by their token's subject
        String council = given().auth().oauth2(DemoCallers.admin()).contentType(ContentType.JSON).body("""
                {"campaignId":"%s","level":"BLOC","organisationId":"ag-dukcqdn","name":"Hội đồng xét công nhận Khối",
                 "quorum":3,"members":[
                  {"sub":"user-member.a","username":"member.a","fullName":"Trần Thị Bình","title":"Trưởng ban",
                   "orgId":"ag-dukcqdn","chair":true},
                  {"sub":"user-member.b","username":"member.b","fullName":"Lê Văn Cường","orgId":"ag-dukcqdn"},
                  {"sub":"user-member.c","username":"member.c","fullName":"Phạm Thị Dung","orgId":"ag-dukcqdn"},
                  {"sub":"user-member.e","username":"member.e","fullName":"Đặng Văn Em","orgId":"ag-dukcqdn"},
                  {"sub":"user-member.d","username":"member.d","fullName":"Võ Minh Đức","orgId":"ag-syt-bvdk"}]}"""
                .formatted(campaign))
                .post("/api/v1/councils").then().statusCode(201).extract().path("id");

        // what the level's rules still need, as the committee reads it on the case: the council's vote first
        String unscored = given().auth().oauth2(BLOC).get("/api/v1/cases/{id}", nominated.get(0)).then()
                .statusCode(200).body("shortfall", equalTo("NO_QUORUM")).extract().header("ETag");
        // no score, no vote: a decision refuses the whole batch, naming each case, and records nothing
        Decisions.issue(BLOC, Decisions.body("1-QĐ/ĐUK-" + campaign, "BLOC", nominated.subList(0, 2)))
                .statusCode(409).body("type", equalTo("https://dvk.example/problems/cases-not-ready"))
                .body("current.modelId", containsInAnyOrder(nominated.subList(0, 2).toArray()));

        List<String> passing = nominated.subList(0, 6);
        List<String> shortOfVotes = nominated.subList(6, 10);
        for (String id : nominated) {
            for (String member : List.of(MEMBER_A, MEMBER_B, MEMBER_C, MEMBER_E)) {
                score(member, id, 9, 4).statusCode(200);
            }
            vote(MEMBER_A, id, "FOR").statusCode(200);
            vote(MEMBER_B, id, "FOR").statusCode(200);
            vote(MEMBER_C, id, passing.contains(id) ? "FOR" : "AGAINST").statusCode(200);
            vote(MEMBER_E, id, passing.contains(id) ? "FOR" : "AGAINST").statusCode(200);
            // the member from the models' own unit neither scores nor votes
            score(MEMBER_D, id, 1, 1).statusCode(409);
            vote(MEMBER_D, id, "AGAINST").statusCode(409);
        }
        // a submitter and a base reviewer cannot score at bloc level
        score(DemoCallers.unitCadre(), passing.get(0), 10, 5).statusCode(403);
        score(BASE, passing.get(0), 10, 5).statusCode(403);
        // scores and votes leave the case's version, but not its judgement, as it was: no 304 for the tag read before
        given().auth().oauth2(BLOC).header("If-None-Match", unscored).get("/api/v1/cases/{id}", passing.get(0)).then()
                .statusCode(200).header("ETag", equalTo(unscored)).body("shortfall", nullValue());
        // the recused member's absence counts in neither the quorum nor the share: 4 of 4 in favour, 86 points
        given().auth().oauth2(BLOC).get("/api/v1/cases/{id}", passing.get(0)).then().statusCode(200)
                .body("judgement.council.recused", equalTo(List.of("user-member.d")))
                .body("judgement.council.eligible", equalTo(4)).body("judgement.council.votesFor", equalTo(4))
                .body("judgement.averageScore", equalTo(86.0f)).body("shortfall", nullValue());
        given().auth().oauth2(BLOC).get("/api/v1/cases/{id}", shortOfVotes.get(0)).then().statusCode(200)
                .body("shortfall", equalTo("NOT_IN_FAVOUR"));
        given().auth().oauth2(BLOC).get("/api/v1/cases/{id}/council-minutes", passing.get(0)).then().statusCode(200)
                .body(containsString("Võ Minh Đức: không tham gia xét (cùng đơn vị có mô hình)"))
                .body(containsString("Trần Thị Bình, Trưởng ban (chủ trì): tán thành"))
                .body(containsString("4 tán thành, 0 không tán thành, 0 không biểu quyết, trên 4 thành viên được xét"))
                .body(containsString("đủ điều kiện đề nghị công nhận"));

        // 2 of 4 in favour is short of 70%: a decision naming one such case is refused whole
        List<String> withOneShort = new ArrayList<>(passing);
        withOneShort.add(shortOfVotes.get(0));
        Decisions.issue(BLOC, Decisions.body("125-QĐ/ĐUK-" + campaign, "BLOC", withOneShort)).statusCode(409)
                .body("current.modelId", equalTo(List.of(shortOfVotes.get(0))))
                .body("current[0].reason", containsString("70%"));
        assertEquals(0L, count("select count(*) from recognition.decision where number like ?1", "%" + campaign));
        passing.forEach(id -> given().auth().oauth2(BLOC).get("/api/v1/cases/{id}", id).then()
                .body("stage", equalTo("UNDER_REVIEW")));

        // the bloc's decision over the 6
        String blocNumber = "125-QĐ/ĐUK-" + campaign;
        String blocDecision = Decisions.issue(BLOC, Decisions.body(blocNumber, "BLOC", passing)).statusCode(201)
                .header("Location", containsString("/api/v1/decisions/")).body("status", equalTo("ISSUED"))
                .body("issuerName", equalTo("Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh An Giang"))
                .body("modelIds", hasSize(6)).extract().path("id");
        // the same number again, even spelled otherwise: refused
        Decisions.issue(BLOC, Decisions.body(" " + blocNumber.toLowerCase() + " ", "BLOC", shortOfVotes.subList(1, 2)))
                .statusCode(409).body("type", equalTo("https://dvk.example/problems/duplicate-number"));
        for (String id : passing) {
            JsonNode recognised = event(id, DemoEvents.RECOGNIZED, "BLOC");
            assertEquals(blocNumber, recognised.at("/decision/number").asText());
            assertEquals(blocDecision, recognised.at("/decision/decisionId").asText());
        }
        JsonNode issued = decisionEvent(blocDecision, "dvk.recognition.decision.issued.v1");
        assertEquals(passing.stream().sorted().toList(), strings(issued.get("modelIds")).stream().sorted().toList());
        assertEquals("ag-dukcqdn", issued.at("/path/bloc/id").asText());
        given().auth().oauth2(BLOC).get("/api/v1/cases/{id}/certificates", passing.get(0)).then().statusCode(200)
                .body("kind", equalTo(List.of("RECOGNITION"))).body("level", equalTo(List.of("BLOC")));

        // 4 nominated; the province recognises 3 by its decision
        List<String> toProvince = passing.subList(0, 4);
        for (String id : toProvince) {
            CaseActions.act(BLOC, id, "NOMINATE", null).statusCode(200).body("level", equalTo("PROVINCE"));
        }
        List<String> atProvince = toProvince.subList(0, 3);
        String provinceDecision = Decisions.issue(PROVINCE, Decisions.body("76-QĐ/TU-" + campaign, "PROVINCE",
                atProvince)).statusCode(201).extract().path("id");
        given().auth().oauth2(PROVINCE).get("/api/v1/cases/{id}", atProvince.get(0)).then()
                .body("recognizedLevel", equalTo("PROVINCE"));
        String provinceCertificate = given().auth().oauth2(PROVINCE)
                .get("/api/v1/cases/{id}/certificates", atProvince.get(0)).then().extract().path("find { it.level == 'PROVINCE' }.token");

        // the bloc decision is revoked: its 6 recognitions, and the provincial ones built on them, fall
        Decisions.revoke(BLOC, blocDecision, "Kê khai không trung thực", "130-QĐ/ĐUK").statusCode(200)
                .body("status", equalTo("REVOKED")).body("revocation.revokingNumber", equalTo("130-QĐ/ĐUK"));
        Decisions.revoke(BLOC, blocDecision, "again", "131-QĐ/ĐUK").statusCode(409);
        for (String id : passing) {
            given().auth().oauth2(BLOC).get("/api/v1/cases/{id}", id).then().body("stage", equalTo("REVOKED"))
                    .body("level", equalTo("BLOC")).body("recognizedLevel", equalTo("BASE"));
            JsonNode revoked = event(id, DemoEvents.REVOKED, "BLOC");
            assertEquals("BASE", revoked.get("recognizedLevel").asText());
            assertEquals("Kê khai không trung thực", revoked.get("reason").asText());
        }
        given().auth().oauth2(PROVINCE).get("/api/v1/cases/{id}", atProvince.get(0)).then()
                .body("levels.find { it.level == 'PROVINCE' }.status", equalTo("REVOKED"));
        JsonNode revokedDecision = decisionEvent(blocDecision, "dvk.recognition.decision.revoked.v1");
        assertEquals(6, revokedDecision.get("modelIds").size());
        given().queryParam("token", provinceCertificate).get("/api/v1/certificates/verification").then()
                .statusCode(200).body("status", equalTo("REVOKED"));
        // the province's own decision stands as a document; it is not the bloc's to revoke
        Decisions.revoke(BLOC, provinceDecision, "x", "y").statusCode(404);

        // every action, score, vote, decision and revocation is in the audit trail, for auditors only
        given().auth().oauth2(DemoCallers.auditor()).queryParam("subjectId", blocDecision).get("/api/v1/audit")
                .then().statusCode(200).body("items.action", equalTo(List.of("DECISION_REVOKED", "DECISION_ISSUED")))
                .body("items[0].before.status", equalTo("ISSUED")).body("items[0].after.status", equalTo("REVOKED"))
                .body("items[0].client", equalTo("dvk-web"));
        given().auth().oauth2(DemoCallers.auditor()).queryParam("subjectId", passing.get(0)).queryParam("action", "VOTE")
                .get("/api/v1/audit").then().statusCode(200).body("items.actorName", hasItems("member.a", "member.b", "member.c"))
                .body("items.actor", hasItems("user-member.a", "user-member.b", "user-member.c"));
        given().auth().oauth2(BLOC).get("/api/v1/audit").then().statusCode(403);
        given().auth().oauth2(DemoCallers.admin()).get("/api/v1/audit").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("kg.auditor", "kg", "auditor")).queryParam("subjectId", blocDecision)
                .get("/api/v1/audit").then().statusCode(200).body("items", hasSize(0));
        assertEquals(6, count("select count(*) from recognition.case_action where decision_id = cast(?1 as uuid)", blocDecision));
    }

    @Test
    void theAuditTrailCannotBeChangedByTheServicesOwnDatabaseRole() {
        String actor = "test-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into recognition.audit_entry (at, actor, action, subject_type, subject_id)
                values (now(), ?1, 'VOTE', 'case', 'x')""").setParameter(1, actor).executeUpdate());
        for (String statement : List.of("update recognition.audit_entry set actor = 'someone else'",
                "delete from recognition.audit_entry", "truncate recognition.audit_entry")) {
            RuntimeException refused = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew()
                    .run(() -> entityManager.createNativeQuery(statement).executeUpdate()), statement);
            // the runtime role holds no privilege to change the table: refused before any trigger runs
            assertEquals("ERROR: permission denied for table audit_entry", rootMessage(refused), statement);
        }
        assertEquals(1, count("select count(*) from recognition.audit_entry where actor = ?1", actor));
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }

    private static io.restassured.response.ValidatableResponse score(String token, String id, int effect, int reach) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("points", Map.of("hieu-qua", effect, "nhan-rong", reach)))
                .post("/api/v1/cases/{id}/scores", id).then();
    }

    private static io.restassured.response.ValidatableResponse vote(String token, String id, String vote) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("vote", vote))
                .post("/api/v1/cases/{id}/votes", id).then();
    }

    private static JsonNode event(String modelId, String type, String level) throws Exception {
        TopicProbe.Event event = TopicProbe.await("recognition.case-events", e -> modelId.equals(e.key())
                && type.equals(e.type()) && e.value().contains("\"level\":\"" + level + "\""), EVENTUALLY);
        EventSchemas.assertValid(DemoEvents.RECOGNITION, type, event.value());
        return JSON.readTree(event.value());
    }

    private static JsonNode decisionEvent(String decisionId, String type) throws Exception {
        TopicProbe.Event event = TopicProbe.await("recognition.case-events", e -> decisionId.equals(e.key())
                && type.equals(e.type()), EVENTUALLY);
        EventSchemas.assertValid(DemoEvents.RECOGNITION, type, event.value());
        return JSON.readTree(event.value());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
