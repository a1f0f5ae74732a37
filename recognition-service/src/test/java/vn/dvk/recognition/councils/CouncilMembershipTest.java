package vn.dvk.recognition.councils;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.dvk.recognition.Campaigns;
import vn.dvk.recognition.CaseActions;
import vn.dvk.recognition.Submissions;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.TestTokens;

/**
 * Councils are formed by admins, to the level's minimum size and quorum, of members from the committee's part of the
 * tree, known by their token's subject: a renamed member keeps their seat and votes, a newcomer under an old
 * username gets nothing, and recusal follows the organisation the member's token names.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilMembershipTest {

    private static final String BLOC = DemoCallers.BLOC;
    private static final String OTHER_BASE = DemoCallers.OTHER_BASE;
    /** The bloc committee's own admin. */
    private static final String BLOC_ADMIN = TestTokens.token("bloc.admin", BLOC, "admin");
    /** Hòa sits for another base of the bloc: the case's path does not run through it, the seat alone opens it. */
    private static final String HOA = TestTokens.tokenWithSubject("sub-hoa", "hoa", OTHER_BASE, "reviewer");

    @Inject
    EntityManager entityManager;

    private String campaign;
    private String modelId;
    private String councilId;

    @BeforeEach
    void aCaseAtBlocLevelAndTheBlocsCouncil() {
        if (councilId != null) {
            return;
        }
        campaign = "council-" + UUID.randomUUID().toString().substring(0, 8);
        Campaigns.open(campaign, "BASE", "BLOC", "PROVINCE");
        modelId = Submissions.casesAtBase(campaign, 1).get(0);
        String base = DemoCallers.reviewer(DemoCallers.BASE);
        CaseActions.act(base, modelId, "RECOGNIZE", null).statusCode(200);
        CaseActions.act(base, modelId, "NOMINATE", null).statusCode(200).body("level", equalTo("BLOC"));
        submittedByAnotherBase(campaign);
        councilId = form(BLOC_ADMIN, council("BLOC", null, 3, members())).statusCode(201)
                .body("members.sub", hasItem("sub-hoa")).extract().path("id");
    }

    @Test
    void onlyAnAdminOverTheCommitteeFormsItsCouncil() {
        // a reviewer of the committee itself does not form its council
        form(DemoCallers.reviewer(BLOC), council("BLOC", null, 3, members())).statusCode(403);
        // the bloc's admin reaches neither the province's committee nor another bloc's: they do not exist for it
        form(BLOC_ADMIN, council("PROVINCE", "ag", 4, sevenOfTheBloc())).statusCode(404);
        form(BLOC_ADMIN, council("BLOC", "ag-tu-lx", 3, members())).statusCode(404);
        form(TestTokens.token("kg.admin", "kg", "admin"), council("BLOC", BLOC, 3, members())).statusCode(404);
        // an organisation that is no committee at the level
        form(DemoCallers.admin(), council("BASE", BLOC, 2, members())).statusCode(400)
                .body("violations.field", hasItem("organisationId"));
        // the province's admin forms the province committee's own
        form(DemoCallers.admin(), council("PROVINCE", null, 4, sevenOfTheBloc())).statusCode(201)
                .body("organisationId", equalTo("ag"));
    }

    @Test
    void aCampaignsCouncilsAreListedToWhoeverMayReadThem() {
        // the bloc's admin and the province's admin oversee the bloc's committee; Hòa sits on its council
        for (String reader : List.of(BLOC_ADMIN, DemoCallers.admin(), HOA, DemoCallers.auditor())) {
            given().auth().oauth2(reader).get("/api/v1/councils?campaignId={c}", campaign).then().statusCode(200)
                    .body("id", hasItem(councilId)).body("find { it.id == '%s' }.organisationId".formatted(councilId),
                            equalTo(BLOC));
        }
        // a base's reviewer, below the committee and not on its council, sees none of it
        given().auth().oauth2(DemoCallers.reviewer(DemoCallers.BASE)).get("/api/v1/councils?campaignId={c}", campaign)
                .then().statusCode(200).body("id", not(hasItem(councilId)));
        // another province's campaign does not exist for the caller; a campaign must be named
        given().auth().oauth2(TestTokens.token("kg.admin", "kg", "admin"))
                .get("/api/v1/councils?campaignId={c}", campaign).then().statusCode(404);
        given().auth().oauth2(BLOC_ADMIN).get("/api/v1/councils").then().statusCode(400)
                .body("violations.field", hasItem("campaignId"));
    }

    @Test
    void aCouncilSmallerOrWithALowerQuorumThanItsLevelAllowsIsRefused() {
        String bloc = campaignWithTheBlocKnown();
        form(BLOC_ADMIN, council("BLOC", null, 3, members().subList(0, 4)).replace(campaign, bloc)).statusCode(400)
                .body("violations.field", equalTo(List.of("members")));
        form(BLOC_ADMIN, council("BLOC", null, 2, members()).replace(campaign, bloc)).statusCode(400)
                .body("violations.field", equalTo(List.of("quorum")));
        form(DemoCallers.admin(), council("PROVINCE", null, 4, members()).replace(campaign, bloc)).statusCode(400)
                .body("violations.field", equalTo(List.of("members")));
        assertEquals(0L, count("select count(*) from recognition.council where campaign_id = ?1", bloc));
    }

    @Test
    void aMemberFromOutsideTheCommitteesPartOfTheTreeIsRefused() {
        String other = campaignWithTheBlocKnown();
        for (String outsider : List.of("kg", "ag-tu-lx", "ag")) {
            List<String> members = new ArrayList<>(members());
            members.set(1, member("sub-out", "Người ngoài", outsider, false));
            form(BLOC_ADMIN, council("BLOC", null, 3, members).replace(campaign, other)).statusCode(400)
                    .body("violations.field", equalTo(List.of("members[1].orgId")));
        }
        assertEquals(0L, count("select count(*) from recognition.council where campaign_id = ?1", other));
    }

    @Test
    void aRenamedMemberKeepsTheirSeatAndVoteAndANewcomerUnderTheOldNameGetsNothing() {
        given().auth().oauth2(HOA).get("/api/v1/cases/{id}", modelId).then().statusCode(200);
        vote(HOA, "FOR").statusCode(200).body("council.voted", equalTo(1));

        String renamed = TestTokens.tokenWithSubject("sub-hoa", "hoa.tran", OTHER_BASE, "reviewer");
        given().auth().oauth2(renamed).get("/api/v1/cases/{id}", modelId).then().statusCode(200)
                .body("judgement.council.voted", equalTo(1)).body("judgement.council.votesFor", equalTo(1));
        vote(renamed, "AGAINST").statusCode(200).body("council.voted", equalTo(1))
                .body("council.votesAgainst", equalTo(1))
                .body("council.ballots.find { it.sub == 'sub-hoa' }.vote", equalTo("AGAINST"));
        given().auth().oauth2(renamed).get("/api/v1/councils/{id}", councilId).then().statusCode(200);

        String newcomer = TestTokens.tokenWithSubject("sub-newcomer", "hoa", OTHER_BASE, "reviewer");
        given().auth().oauth2(newcomer).get("/api/v1/cases/{id}", modelId).then().statusCode(404);
        vote(newcomer, "FOR").statusCode(404);
        given().auth().oauth2(newcomer).get("/api/v1/councils/{id}", councilId).then().statusCode(404);
        // nor does the member with a token of another organisation than the one they were seated from
        String moved = TestTokens.tokenWithSubject("sub-hoa", "hoa.tran", DemoCallers.OTHER_UNIT, "reviewer");
        given().auth().oauth2(moved).get("/api/v1/cases/{id}", modelId).then().statusCode(404);
        // nor a token whose subject is shaped like a key from before councils were keyed by subject
        vote(TestTokens.tokenWithSubject("unbound:hoa", "hoa", OTHER_BASE, "reviewer"), "FOR").statusCode(404);

        assertEquals(List.of("sub-hoa:AGAINST"), strings("""
                select v.sub || ':' || v.vote from recognition.council_vote v join recognition.council c on c.id = v.council_id
                where c.campaign_id = ?1""", campaign));
        // the audit names both votes' actor by the same subject, each under the username of its day
        given().auth().oauth2(DemoCallers.auditor()).queryParam("subjectId", modelId).queryParam("action", "VOTE")
                .queryParam("actor", "sub-hoa").get("/api/v1/audit").then().statusCode(200)
                .body("items[0].actorName", equalTo("hoa.tran")).body("items[1].actorName", equalTo("hoa"))
                .body("items.actor", everyItem(equalTo("sub-hoa")));
        given().auth().oauth2(DemoCallers.auditor()).queryParam("subjectId", councilId)
                .queryParam("action", "COUNCIL_CREATED").get("/api/v1/audit").then().statusCode(200)
                .body("items[0].actor", equalTo("user-bloc.admin"));
    }

    @Test
    void recusalFollowsTheOrganisationTheMembersTokenNames() {
        // seated from the model's own unit, the token says so too: recused
        String lan = TestTokens.tokenWithSubject("sub-lan", "lan", DemoCallers.UNIT, "reviewer");
        vote(lan, "FOR").statusCode(409);
        // seated from the bloc, but the token names the model's unit: not the member the council seated
        String minh = TestTokens.tokenWithSubject("sub-minh", "minh", DemoCallers.UNIT, "reviewer");
        vote(minh, "FOR").statusCode(403);
        given().auth().oauth2(DemoCallers.reviewer(BLOC)).get("/api/v1/cases/{id}", modelId).then()
                .body("judgement.council.recused", equalTo(List.of("sub-lan")))
                // each member's ballot: the recused one named so, with no vote that counts
                .body("judgement.council.ballots.find { it.sub == 'sub-lan' }.recused", equalTo(true))
                .body("judgement.council.ballots.find { it.sub == 'sub-lan' }.vote", nullValue())
                .body("judgement.council.ballots.find { it.sub == 'sub-minh' }.recused", equalTo(false));
    }

    @Test
    void theChairChangesTheCouncilAndAMemberWhoVotedStays() {
        String chair = TestTokens.tokenWithSubject("sub-chair", "chair", BLOC, "reviewer");
        String member = TestTokens.tokenWithSubject("sub-minh", "minh", BLOC, "reviewer");
        String tag = given().auth().oauth2(chair).get("/api/v1/councils/{id}", councilId).then().statusCode(200)
                .extract().header("ETag");
        List<String> more = new ArrayList<>(members());
        more.add(member("sub-nam", "Nam", BLOC, false));
        change(member, tag, 4, more).statusCode(403);
        change(chair, tag, 4, more).statusCode(200).body("quorum", equalTo(4)).body("members.sub", hasItem("sub-nam"));
        String next = given().auth().oauth2(chair).get("/api/v1/councils/{id}", councilId).then().extract()
                .header("ETag");
        vote(HOA, "FOR").statusCode(200);
        change(chair, next, 3, more.stream().filter(m -> !m.contains("sub-hoa")).toList()).statusCode(409);
        // the committee's admin takes Nam off again
        change(BLOC_ADMIN, next, 3, more.subList(0, 5)).statusCode(200).body("members", hasSize(5))
                .body("members.sub", not(hasItem("sub-nam")));
        assertEquals(0L, count("select count(*) from recognition.council_member where sub = ?1", "sub-nam"));
    }

    /** Five members: Hòa of another base, the chair and two more of the bloc, Lan of the model's unit. */
    private static List<String> members() {
        return List.of(member("sub-chair", "Trần Thị Chủ", BLOC, true), member("sub-hoa", "Nguyễn Thị Hòa", OTHER_BASE,
                false), member("sub-minh", "Lê Văn Minh", BLOC, false), member("sub-thu", "Phạm Thị Thu", BLOC, false),
                member("sub-lan", "Võ Thị Lan", DemoCallers.UNIT, false));
    }

    private static List<String> sevenOfTheBloc() {
        List<String> seven = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seven.add(member("sub-p" + i, "Thành viên " + i, i == 0 ? "ag" : BLOC, false));
        }
        return seven;
    }

    private static String member(String sub, String name, String orgId, boolean chair) {
        return """
                {"sub":"%s","username":"%s","fullName":"%s","orgId":"%s","chair":%s}"""
                .formatted(sub, sub.substring(4), name, orgId, chair);
    }

    private String council(String level, String organisationId, int quorum, List<String> members) {
        return """
                {"campaignId":"%s","level":"%s",%s"name":"Hội đồng xét công nhận","quorum":%d,"members":[%s]}"""
                .formatted(campaign, level, organisationId == null ? "" : "\"organisationId\":\"" + organisationId + "\",",
                        quorum, String.join(",", members));
    }

    /** Another campaign with no council yet, whose cases make the bloc and its bases known. */
    private String campaignWithTheBlocKnown() {
        String other = "council-" + UUID.randomUUID().toString().substring(0, 8);
        Campaigns.open(other, "BASE", "BLOC", "PROVINCE");
        return other;
    }

    private static ValidatableResponse form(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/councils").then();
    }

    private ValidatableResponse change(String token, String ifMatch, int quorum, List<String> members) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", ifMatch).body("""
                {"name":"Hội đồng xét công nhận","quorum":%d,"members":[%s]}""".formatted(quorum,
                String.join(",", members))).put("/api/v1/councils/{id}", councilId).then();
    }

    private ValidatableResponse vote(String token, String choice) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"vote\":\"" + choice + "\"}")
                .post("/api/v1/cases/{id}/votes", modelId).then();
    }

    /** A model of a unit of another base of the bloc, submitted: recognition learns that base from its path. */
    private static void submittedByAnotherBase(String campaignId) {
        String id = UUID.randomUUID().toString();
        DemoEvents.send(DemoEvents.REGISTRY, DemoEvents.MODEL_EVENTS, DemoEvents.SUBMITTED, id, """
                {"modelId":"%s","sequence":1,"version":1,"level":"BASE","campaignId":"%s","title":"Mô hình trường học",
                 "field":"CULTURE_SOCIETY","kind":"MODEL","ownerKind":"COLLECTIVE","submittedAt":"2026-03-01T08:00:00Z",
                 "path":{"province":{"id":"ag","name":"Tỉnh An Giang"},
                   "bloc":{"id":"ag-dukcqdn","name":"Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh An Giang"},
                   "base":{"id":"ag-sgddt","name":"Đảng bộ Sở Giáo dục và Đào tạo"},
                   "unit":{"id":"ag-sgddt-thpt-lx","name":"Trường THPT Long Xuyên"}}}""".formatted(id, campaignId));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(DemoCallers.reviewer(OTHER_BASE)).get("/api/v1/cases/{id}", id).then().statusCode(200));
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getResultList());
    }
}
