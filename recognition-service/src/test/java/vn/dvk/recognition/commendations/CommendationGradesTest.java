package vn.dvk.recognition.commendations;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.Decisions;
import vn.dvk.recognition.domain.Commendation;
import vn.dvk.recognition.domain.CommendationGrade;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.EventSchemas;
import vn.dvk.testing.TestTokens;
import vn.dvk.testing.TopicProbe;

/**
 * A commendation's grade ("có thành tích" / "có thành tích xuất sắc") and the body that awards it, as configured
 * per form and level: in the decision's view, in the database and in the commendation's event; and who may award
 * which form.
 */
@QuarkusTest
class CommendationGradesTest {

    private static final String AWARDED = "dvk.recognition.commendation.awarded.v1";
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final String BASE = DemoCallers.reviewer(DemoCallers.BASE);
    private static final String PROVINCE = DemoCallers.reviewer(DemoCallers.PROVINCE);

    @Test
    void aGiayKhenCarriesItsGradeAndTheBaseCommitteeAwardsIt() throws Exception {
        String campaign = "grade-" + UUID.randomUUID().toString().substring(0, 8);
        String model = caseAtBase(campaign);
        Response issued = Decisions.issue(BASE, Decisions.body("50-QĐ/ĐU-" + campaign, "BASE", List.of(model), """
                {"form":"GIAY_KHEN","grade":"OUTSTANDING","recipientKind":"COLLECTIVE","recipientName":"Khoa Nội",
                 "unitId":"ag-syt-bvdk","modelId":"%s","achievement":"Đã có thành tích xuất sắc trong phong trào"},
                {"form":"GIAY_KHEN","grade":"ACHIEVEMENT","recipientKind":"INDIVIDUAL","recipientName":"Bà Trần Thị Lan",
                 "unitId":"ag-syt-bvdk","achievement":"Đã có thành tích trong phong trào %s"}"""
                .formatted(model, campaign))).statusCode(201)
                .body("commendations.grade", containsInAnyOrder("OUTSTANDING", "ACHIEVEMENT"))
                .extract().response();
        String commendationId = commendationOf(issued, "OUTSTANDING");
        given().auth().oauth2(BASE).get("/api/v1/decisions/{id}", issued.<String>path("id")).then().statusCode(200)
                .body("commendations.find { it.id == '%s' }.gradeName".formatted(commendationId),
                        equalTo("Có thành tích xuất sắc"))
                .body("commendations.awardingBody", equalTo(List.of("Đảng ủy Sở Y tế", "Đảng ủy Sở Y tế")));

        Commendation stored = QuarkusTransaction.requiringNew()
                .call(() -> Commendation.findById(UUID.fromString(commendationId)));
        assertEquals(CommendationGrade.OUTSTANDING, stored.grade);
        assertEquals("Đảng ủy Sở Y tế", stored.awardingBody);

        JsonNode event = awarded(model, commendationId);
        assertEquals("OUTSTANDING", event.path("grade").asText());
        assertEquals("Có thành tích xuất sắc", event.path("gradeName").asText());
        assertEquals("Đảng ủy Sở Y tế", event.path("awardingBody").asText());
    }

    @Test
    void aGradedFormWithoutAGradeOrAnUngradedOneWithAGradeIsRefusedAndNothingRecorded() {
        String campaign = "grade-" + UUID.randomUUID().toString().substring(0, 8);
        String model = caseAtBase(campaign);
        long before = commendations();
        Decisions.issue(BASE, Decisions.body("51-QĐ/ĐU-" + campaign, "BASE", List.of(model), """
                {"form":"GIAY_KHEN","recipientKind":"COLLECTIVE","recipientName":"Khoa Nội","unitId":"ag-syt-bvdk",
                 "modelId":"%s","achievement":"Không có hạng"}""".formatted(model))).statusCode(409)
                .body("type", equalTo("https://dvk.example/problems/cases-not-ready"))
                .body("current.commendation", equalTo(List.of(0)))
                .body("current[0].reason", startsWith("Giấy khen cần ghi hạng"));
        Decisions.issue(PROVINCE, Decisions.body("52-QĐ/TU-" + campaign, "PROVINCE", List.of(), """
                {"form":"BANG_KHEN","grade":"OUTSTANDING","recipientKind":"COLLECTIVE","recipientName":"Khoa Nội",
                 "unitId":"ag-syt-bvdk","achievement":"Hạng không có"}""")).statusCode(409)
                .body("current[0].reason", equalTo("Bằng khen không chia hạng"));
        assertEquals(before, commendations());
        given().auth().oauth2(BASE).get("/api/v1/cases/{id}", model).then().statusCode(200)
                .body("stage", equalTo("UNDER_REVIEW"));
    }

    @Test
    void atTheProvinceTheBanDanVanAwardsGiayKhenAndTheStandingCommitteeBangKhen() throws Exception {
        String campaign = "grade-" + UUID.randomUUID().toString().substring(0, 8);
        caseAtBase(campaign);
        Response issued = Decisions.issue(PROVINCE, Decisions.body("53-QĐ/TU-" + campaign, "PROVINCE", List.of(), """
                {"form":"BANG_KHEN","recipientKind":"COLLECTIVE","recipientName":"Bệnh viện Đa khoa Trung tâm An Giang",
                 "unitId":"ag-syt-bvdk","achievement":"Thành tích xuất sắc %s"},
                {"form":"GIAY_KHEN","grade":"ACHIEVEMENT","recipientKind":"INDIVIDUAL","recipientName":"Ông Lê Văn Tâm",
                 "unitId":"ag-syt-bvdk","achievement":"Thành tích %s"}""".formatted(campaign, campaign)))
                .statusCode(201).body("commendations", hasSize(2)).extract().response();
        List<Map<String, Object>> awarded = issued.path("commendations");
        for (Map<String, Object> c : awarded) {
            String expected = "BANG_KHEN".equals(c.get("form")) ? "Ban Thường vụ Tỉnh ủy An Giang"
                    : "Ban Dân vận Tỉnh ủy An Giang";
            assertEquals(expected, c.get("awardingBody"), c.toString());
            JsonNode event = awarded((String) c.get("id"), (String) c.get("id"));
            assertEquals(expected, event.path("awardingBody").asText());
            assertEquals("BANG_KHEN".equals(c.get("form")), event.path("grade").isMissingNode(), event.toString());
        }
    }

    /**
     * Who may award a bằng khen: the province's reviewing committee records it; the committees below cannot award
     * the form (their refusal names it), and those who may not issue decisions at all get 403.
     */
    @Test
    void whoMayAwardABangKhen() {
        String campaign = "grade-" + UUID.randomUUID().toString().substring(0, 8);
        caseAtBase(campaign);
        Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        expected.put("base reviewer", 409);
        expected.put("bloc reviewer", 409);
        expected.put("other province reviewer", 409);
        expected.put("admin", 403);
        expected.put("auditor", 403);
        expected.put("unit cadre", 403);
        expected.put("province reviewer", 201);
        Map<String, String> callers = Map.of("base reviewer", BASE, "bloc reviewer",
                DemoCallers.reviewer(DemoCallers.BLOC), "other province reviewer",
                TestTokens.token("kg.reviewer", "kg", "reviewer"), "admin", DemoCallers.admin(), "auditor",
                DemoCallers.auditor(), "unit cadre", DemoCallers.unitCadre(), "province reviewer", PROVINCE);
        Map<String, String> levels = Map.of("base reviewer", "BASE", "bloc reviewer", "BLOC");
        int number = 60;
        for (Map.Entry<String, Integer> row : expected.entrySet()) {
            String level = levels.getOrDefault(row.getKey(), "PROVINCE");
            Decisions.issue(callers.get(row.getKey()), Decisions.body((number++) + "-QĐ-" + campaign, level,
                    List.of(), """
                            {"form":"BANG_KHEN","recipientKind":"COLLECTIVE","recipientName":"Khoa Ngoại",
                             "unitId":"ag-syt-bvdk","achievement":"Bằng khen %s"}""".formatted(campaign)))
                    .statusCode(row.getValue());
        }
    }

    static String caseAtBase(String campaign) {
        String model = UUID.randomUUID().toString();
        DemoEvents.submitted(model, campaign, 1);
        awaitAtBase(model);
        return model;
    }

    static void awaitAtBase(String model) {
        await().atMost(EVENTUALLY).untilAsserted(() -> given().auth().oauth2(BASE).get("/api/v1/cases/{id}", model)
                .then().statusCode(200).body("level", equalTo("BASE")));
    }

    static long commendations() {
        return QuarkusTransaction.requiringNew().call(() -> Commendation.count());
    }

    private static String commendationOf(Response issued, String grade) {
        List<Map<String, Object>> commendations = issued.path("commendations");
        return commendations.stream().filter(c -> grade.equals(c.get("grade"))).map(c -> (String) c.get("id"))
                .findFirst().orElseThrow();
    }

    /** The commendation's event on the topic, checked against its schema. */
    private static JsonNode awarded(String key, String commendationId) throws Exception {
        TopicProbe.Event event = TopicProbe.await(DemoEvents.CASE_EVENTS, e -> key.equals(e.key())
                && AWARDED.equals(e.type()) && e.value().contains(commendationId), EVENTUALLY);
        EventSchemas.assertValid(DemoEvents.RECOGNITION, AWARDED, event.value());
        JsonNode json = new ObjectMapper().readTree(event.value());
        assertFalse(json.path("commendationId").isMissingNode());
        return json;
    }
}
