package vn.dvk.registry.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.registry.Organisations;
import vn.dvk.testing.AppendOnlyTable;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.TestTokens;

/**
 * The registry's administrative changes in its audit trail: each one an entry with who (the token's subject and
 * name), when, what and the subject before and after, for the auditors of its province alone; and the trail
 * itself beyond the reach of the service's own database credentials.
 */
@QuarkusTest
class AuditResourceTest {

    private static final String ADMIN_SUBJECT = "user-province.admin";

    @Test
    void organisationChangesAreRecordedWithTheStateBeforeAndAfter() {
        String base = Organisations.create("BASE", DemoCallers.BLOC);
        String unit = Organisations.create("UNIT", base);
        Models.as(DemoCallers.admin()).header("If-Match", Organisations.etag(base))
                .body("{\"name\": \"Đảng bộ mới\", \"code\": \"" + base.toUpperCase() + "\"}")
                .post("/api/v1/organisations/{id}/rename", base).then().statusCode(200);
        Models.as(DemoCallers.admin()).header("If-Match", Organisations.etag(unit))
                .body("{\"parentId\": \"" + DemoCallers.BASE + "\"}")
                .post("/api/v1/organisations/{id}/move", unit).then().statusCode(200);
        Models.as(DemoCallers.admin()).header("If-Match", Organisations.etag(unit))
                .post("/api/v1/organisations/{id}/deactivate", unit).then().statusCode(200);
        Models.as(DemoCallers.admin()).header("If-Match", Organisations.etag(unit))
                .post("/api/v1/organisations/{id}/reactivate", unit).then().statusCode(200);

        JsonPath unitTrail = trail(DemoCallers.auditor(), "subjectId", unit);
        assertEquals(List.of("ORGANISATION_REACTIVATED", "ORGANISATION_DEACTIVATED", "ORGANISATION_MOVED",
                "ORGANISATION_CREATED"), unitTrail.getList("items.action"));
        assertEquals(List.of(ADMIN_SUBJECT), unitTrail.getList("items.actor").stream().distinct().toList());
        assertEquals(List.of("province.admin"), unitTrail.getList("items.actorName").stream().distinct().toList());
        assertEquals(List.of(DemoCallers.PROVINCE), unitTrail.getList("items.actorOrgId").stream().distinct().toList());
        assertEquals(base, unitTrail.getString("items[2].before.parentId"));
        assertEquals(DemoCallers.BASE, unitTrail.getString("items[2].after.parentId"));
        assertEquals(true, unitTrail.getBoolean("items[1].before.active"));
        assertEquals(false, unitTrail.getBoolean("items[1].after.active"));
        assertNull(unitTrail.get("items[3].before"));
        assertEquals(unit, unitTrail.getString("items[3].after.id"));

        JsonPath baseTrail = trail(DemoCallers.auditor(), "subjectId", base);
        assertEquals(List.of("ORGANISATION_RENAMED", "ORGANISATION_CREATED"), baseTrail.getList("items.action"));
        assertEquals("Đảng bộ mới", baseTrail.getString("items[0].after.name"));
        assertEquals("Đơn vị thử " + base, baseTrail.getString("items[0].before.name"));
    }

    @Test
    void anImportIsRecordedAsAWholeAndForEachOrganisationItCreated() {
        String unit = Organisations.newId("t");
        Models.as(DemoCallers.admin()).body("""
                {"organisations": [{"id": "%s", "kind": "UNIT", "name": "Đơn vị nhập", "code": "%s",
                  "parentId": "%s"}]}""".formatted(unit, unit.toUpperCase(), DemoCallers.BASE))
                .post("/api/v1/organisations/import").then().statusCode(200).body("created", equalTo(1));

        assertEquals(List.of("ORGANISATION_CREATED"), trail(DemoCallers.auditor(), "subjectId", unit)
                .getList("items.action"));
        JsonPath imports = trail(DemoCallers.auditor(), "action", "ORGANISATIONS_IMPORTED");
        assertEquals(DemoCallers.PROVINCE, imports.getString("items[0].subjectId"));
        assertEquals(1, imports.getInt("items[0].after.created"));
        assertEquals(ADMIN_SUBJECT, imports.getString("items[0].actor"));
    }

    @Test
    void campaignChangesAreRecordedWithTheStateBeforeAndAfter() {
        String id = Organisations.newId("c");
        Models.as(DemoCallers.admin())
                .body(CampaignResourceTest.definition(id, DemoCallers.BLOC, "2026-01-01", "2027-12-31", "2027-06-30"))
                .post("/api/v1/campaigns").then().statusCode(201);
        Models.as(DemoCallers.admin()).header("If-Match", CampaignResourceTest.etag(id))
                .body(CampaignResourceTest.definition(id, DemoCallers.BLOC, "2026-01-01", "2028-12-31", "2028-06-30"))
                .put("/api/v1/campaigns/{id}", id).then().statusCode(200);
        Models.as(DemoCallers.admin()).header("If-Match", CampaignResourceTest.etag(id))
                .post("/api/v1/campaigns/{id}/open", id).then().statusCode(200);
        Models.as(DemoCallers.admin()).header("If-Match", CampaignResourceTest.etag(id))
                .post("/api/v1/campaigns/{id}/close", id).then().statusCode(200);

        JsonPath trail = trail(DemoCallers.auditor(), "subjectId", id);
        assertEquals(List.of("CAMPAIGN_CLOSED", "CAMPAIGN_OPENED", "CAMPAIGN_UPDATED", "CAMPAIGN_CREATED"),
                trail.getList("items.action"));
        assertEquals("OPEN", trail.getString("items[0].before.status"));
        assertEquals("CLOSED", trail.getString("items[0].after.status"));
        assertEquals("DRAFT", trail.getString("items[1].before.status"));
        assertEquals("2027-12-31", trail.getString("items[2].before.definition.endsOn"));
        assertEquals("2028-12-31", trail.getString("items[2].after.definition.endsOn"));
        assertNull(trail.get("items[3].before"));
        assertEquals(List.of(ADMIN_SUBJECT), trail.getList("items.actor").stream().distinct().toList());
    }

    @Test
    void anIndicatorReportAndItsCorrectionAreRecorded() {
        String unit = Organisations.create("UNIT", DemoCallers.BASE);
        String cadre = TestTokens.token("cadre." + unit, unit, "submitter");
        String path = "/api/v1/organisations/{id}/indicators/{period}";
        Models.as(cadre).body(IndicatorResourceTest.figures(3, 2, 42, 40)).put(path, unit, "2025-10")
                .then().statusCode(200);
        Models.as(cadre).body(IndicatorResourceTest.figures(3, 4, 42, 42)).put(path, unit, "2025-10")
                .then().statusCode(200);

        JsonPath trail = trail(DemoCallers.auditor(), "action", "INDICATORS_REPORTED", "subjectId", unit);
        assertEquals(2, trail.getList("items").size());
        assertEquals("2025-10", trail.getString("items[0].after.month"));
        assertEquals(2, trail.getInt("items[0].before.figures.dialogues"));
        assertEquals(4, trail.getInt("items[0].after.figures.dialogues"));
        assertNull(trail.get("items[1].before"));
        assertEquals("user-cadre." + unit, trail.getString("items[0].actor"));
        assertEquals(unit, trail.getString("items[0].actorOrgId"));
    }

    @Test
    void aModelEditIsRecordedWithTheContentBeforeAndAfter() {
        String model = Models.draft();
        Models.as(DemoCallers.unitCadre()).header("If-Match", Models.etag(model))
                .body(Models.contentBody("dvk-2026", "Tên mới của mô hình", "Tóm tắt mới"))
                .put("/api/v1/models/{id}", model).then().statusCode(200);

        JsonPath trail = trail(DemoCallers.auditor(), "subjectId", model);
        assertEquals(List.of("MODEL_EDITED"), trail.getList("items.action"));
        assertEquals("Tên mới của mô hình", trail.getString("items[0].after.title"));
        assertEquals("Tiếp đón, hướng dẫn người bệnh tận tình", trail.getString("items[0].before.summary"));
        assertEquals("user-unit.cadre", trail.getString("items[0].actor"));
    }

    @Test
    void onlyTheProvincesAuditorsReadItsTrail() {
        String unit = Organisations.create("UNIT", DemoCallers.BASE);
        given().auth().oauth2(DemoCallers.auditor()).queryParam("subjectId", unit).get("/api/v1/registry-audit")
                .then().statusCode(200).body("items", hasSize(1));
        // another province's auditor: nothing of this province, as if it did not exist
        given().auth().oauth2(TestTokens.token("kg.auditor", "kg", "auditor")).queryParam("subjectId", unit)
                .get("/api/v1/registry-audit").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(TestTokens.token("kg.auditor", "kg", "auditor")).get("/api/v1/registry-audit")
                .then().statusCode(200).body("items.actorOrgId", everyItem(not(equalTo(DemoCallers.PROVINCE))));
        for (String other : List.of(DemoCallers.admin(), DemoCallers.unitCadre(), DemoCallers.operator(),
                DemoCallers.reviewer(DemoCallers.BLOC))) {
            given().auth().oauth2(other).get("/api/v1/registry-audit").then().statusCode(403);
        }
        given().get("/api/v1/registry-audit").then().statusCode(401);
    }

    @Test
    void pagesFollowOneAnotherAndBadFiltersAreRefused() {
        String unit = Organisations.create("UNIT", DemoCallers.BASE);
        Models.as(DemoCallers.admin()).header("If-Match", Organisations.etag(unit))
                .post("/api/v1/organisations/{id}/deactivate", unit).then().statusCode(200);
        JsonPath first = given().auth().oauth2(DemoCallers.auditor()).queryParam("subjectId", unit)
                .queryParam("limit", 1).get("/api/v1/registry-audit").then().statusCode(200)
                .body("items", hasSize(1), "nextCursor", notNullValue()).extract().jsonPath();
        assertEquals("ORGANISATION_DEACTIVATED", first.getString("items[0].action"));
        given().auth().oauth2(DemoCallers.auditor()).queryParam("subjectId", unit).queryParam("limit", 1)
                .queryParam("cursor", first.getString("nextCursor")).get("/api/v1/registry-audit").then().statusCode(200)
                .body("items.action", equalTo(List.of("ORGANISATION_CREATED")), "nextCursor", nullValue());
        given().auth().oauth2(DemoCallers.auditor()).queryParam("actor", "province.admin").queryParam("subjectId", unit)
                .get("/api/v1/registry-audit").then().statusCode(200).body("items", hasSize(2));
        given().auth().oauth2(DemoCallers.auditor()).queryParam("from", "2099-01-01T00:00:00Z")
                .get("/api/v1/registry-audit").then().statusCode(200).body("items", hasSize(0));
        for (String[] bad : List.of(new String[] {"action", "VOTE"}, new String[] {"from", "yesterday"},
                new String[] {"cursor", "not-a-cursor"}, new String[] {"limit", "0"})) {
            given().auth().oauth2(DemoCallers.auditor()).queryParam(bad[0], bad[1]).get("/api/v1/registry-audit")
                    .then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void theServicesRuntimeRoleMayOnlyAppendToTheAuditTrail() throws SQLException {
        AppendOnlyTable.assertProtectedFromRuntimeRole("registry.audit_entry", """
                insert into registry.audit_entry (at, actor, action, subject_type, subject_id)
                values (now(), 'privileges-test', 'MODEL_EDITED', 'model', 'x')""", "actor");
    }

    private static JsonPath trail(String token, String... filters) {
        var request = given().auth().oauth2(token);
        for (int i = 0; i < filters.length; i += 2) {
            request = request.queryParam(filters[i], filters[i + 1]);
        }
        return request.get("/api/v1/registry-audit").then().statusCode(200).extract().jsonPath();
    }
}
