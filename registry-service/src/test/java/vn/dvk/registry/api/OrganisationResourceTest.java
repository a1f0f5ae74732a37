package vn.dvk.registry.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.registry.Organisations;
import vn.dvk.registry.domain.OrgKind;
import vn.dvk.registry.domain.OrganisationAdministration;
import vn.dvk.registry.domain.OrganisationAdministration.ImportOutcome;
import vn.dvk.registry.domain.OrganisationEntry;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.EventSchemas;
import vn.dvk.testing.Simultaneously;
import vn.dvk.testing.TestTokens;
import vn.dvk.testing.TopicProbe;

/** Organisations administered through the API: each change stored, reported as an event, refused when it breaks the tree. */
@QuarkusTest
class OrganisationResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    OrganisationAdministration administration;

    @Test
    void createRenameMoveDeactivateEachPublishTheirEventInSequence() throws Exception {
        String id = Organisations.newId("t");
        Models.as(DemoCallers.admin())
                .body(Organisations.body(id, "UNIT", "Khoa Nhi", "KN-" + id.substring(2).toUpperCase(), DemoCallers.BASE))
                .post("/api/v1/organisations")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/organisations/" + id))
                .body("provinceId", equalTo("ag"), "active", equalTo(true));

        Models.as(DemoCallers.admin()).header("If-Match", Organisations.etag(id))
                .body("{\"name\": \"Khoa Nhi - Bệnh viện tỉnh\"}")
                .post("/api/v1/organisations/{id}/rename", id)
                .then().statusCode(200).body("name", equalTo("Khoa Nhi - Bệnh viện tỉnh"));
        Models.as(DemoCallers.admin()).header("If-Match", Organisations.etag(id))
                .body("{\"parentId\": \"" + DemoCallers.OTHER_BASE + "\"}")
                .post("/api/v1/organisations/{id}/move", id)
                .then().statusCode(200).body("parentId", equalTo(DemoCallers.OTHER_BASE));
        Models.as(DemoCallers.admin()).header("If-Match", Organisations.etag(id))
                .post("/api/v1/organisations/{id}/deactivate", id)
                .then().statusCode(200).body("active", equalTo(false));

        List<TopicProbe.Event> events = Organisations.awaitEvents(id, 4);
        assertEquals(List.of("dvk.registry.organisation.created.v1", "dvk.registry.organisation.renamed.v1",
                "dvk.registry.organisation.moved.v1", "dvk.registry.organisation.deactivated.v1"),
                events.stream().map(TopicProbe.Event::type).toList());
        for (int i = 0; i < events.size(); i++) {
            TopicProbe.Event event = events.get(i);
            EventSchemas.assertValid("registry-service", event.type(), event.value());
            assertEquals(i + 1, JSON.readTree(event.value()).path("sequence").asInt(), "sequence of " + event.type());
            assertEquals(id, event.key());
        }
        JsonNode renamed = JSON.readTree(events.get(1).value());
        assertEquals("Khoa Nhi", renamed.at("/previous/name").asText());
        JsonNode moved = JSON.readTree(events.get(2).value());
        assertEquals(List.of("ag", DemoCallers.BLOC, DemoCallers.OTHER_BASE, id), ids(moved.path("lineage")));
        assertFalse(Organisations.stored(id).active);
    }

    @Test
    void aUnitRenamedAndMovedAfterSubmittingKeepsThePathItsModelWasSubmittedUnder() {
        String unit = Organisations.create("UNIT", DemoCallers.BASE);
        String cadre = TestTokens.token("cadre." + unit, unit, "submitter");
        String model = Models.as(cadre).body(Models.draftBody("dvk-2026")).post("/api/v1/models")
                .then().statusCode(201).extract().path("id");
        String etag = Models.as(cadre).get("/api/v1/models/{id}", model).then().extract().header("ETag");
        Models.as(cadre).header("If-Match", etag).post("/api/v1/models/{id}/submit", model).then().statusCode(200);

        Models.as(DemoCallers.admin()).header("If-Match", Organisations.etag(unit)).body("{\"name\": \"Tên mới\"}")
                .post("/api/v1/organisations/{id}/rename", unit).then().statusCode(200);
        Models.as(DemoCallers.admin()).header("If-Match", Organisations.etag(unit))
                .body("{\"parentId\": \"" + DemoCallers.OTHER_BASE + "\"}")
                .post("/api/v1/organisations/{id}/move", unit).then().statusCode(200);

        Models.as(cadre).get("/api/v1/models/{id}", model).then().statusCode(200)
                .body("path.unit.name", equalTo("Đơn vị thử " + unit))
                .body("path.base.id", equalTo(DemoCallers.BASE));
        // and the base reviewer it was submitted to still sees it; the new base's does not
        Models.as(DemoCallers.reviewer(DemoCallers.BASE)).get("/api/v1/models/{id}", model).then().statusCode(200);
        Models.as(DemoCallers.reviewer(DemoCallers.OTHER_BASE)).get("/api/v1/models/{id}", model).then().statusCode(404);
    }

    @Test
    void aDeactivatedUnitDraftsNothing() {
        String unit = Organisations.create("UNIT", DemoCallers.BASE);
        Models.as(DemoCallers.admin()).header("If-Match", Organisations.etag(unit))
                .post("/api/v1/organisations/{id}/deactivate", unit).then().statusCode(200);
        long before = Models.count();
        Models.as(TestTokens.token("cadre." + unit, unit, "submitter")).body(Models.draftBody("dvk-2026"))
                .post("/api/v1/models").then().statusCode(403);
        assertEquals(before, Models.count());
    }

    @Test
    void changesThatWouldBreakTheTreeAreRefusedAndChangeNothing() {
        String base = Organisations.create("BASE", DemoCallers.BLOC);
        String unit = Organisations.create("UNIT", base);
        long before = Organisations.count();
        // a unit under a bloc, a base under a unit, a parent in another province, a parent that does not exist
        for (String[] wrong : List.of(new String[] {"UNIT", DemoCallers.BLOC}, new String[] {"BASE", unit},
                new String[] {"UNIT", "kg-syt"}, new String[] {"UNIT", "ag-nowhere"})) {
            String id = Organisations.newId("t");
            Models.as(DemoCallers.admin()).body(Organisations.body(id, wrong[0], "Sai", id.toUpperCase(), wrong[1]))
                    .post("/api/v1/organisations")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("parentId"));
        }
        // a province is not made by an admin, and a code is unique in the province
        String id = Organisations.newId("t");
        Models.as(DemoCallers.admin()).body(Organisations.body(id, "PROVINCE", "Tỉnh mới", "TM", "ag"))
                .post("/api/v1/organisations").then().statusCode(400).body("violations.field", hasItem("kind"));
        Models.as(DemoCallers.admin()).body(Organisations.body(id, "UNIT", "Trùng mã", "SYT", base))
                .post("/api/v1/organisations").then().statusCode(400).body("violations.field", hasItem("code"));
        // an id is taken once; a new one lies in the province's own space (ForeignIdTest: no probing elsewhere)
        Models.as(DemoCallers.admin()).body(Organisations.body("kg-syt", "BASE", "Trùng", "TRUNG", DemoCallers.BLOC))
                .post("/api/v1/organisations").then().statusCode(400).body("violations.field", hasItem("id"));
        Models.as(DemoCallers.admin()).body(Organisations.body(DemoCallers.OTHER_BASE, "BASE", "Trùng", "TRUNG",
                DemoCallers.BLOC)).post("/api/v1/organisations").then().statusCode(409);
        assertEquals(before, Organisations.count());

        // a base with an active unit under it stays active; a move to a unit is refused
        Models.as(DemoCallers.admin()).header("If-Match", Organisations.etag(base))
                .post("/api/v1/organisations/{id}/deactivate", base)
                .then().statusCode(409).body("current.active", equalTo(true));
        Models.as(DemoCallers.admin()).header("If-Match", Organisations.etag(unit))
                .body("{\"parentId\": \"" + DemoCallers.UNIT + "\"}")
                .post("/api/v1/organisations/{id}/move", unit).then().statusCode(400);
        assertEquals(base, Organisations.stored(unit).parentId);
        assertTrue(Organisations.stored(base).active);

        // once both are inactive, the unit comes back only after its base
        Models.as(DemoCallers.admin()).header("If-Match", Organisations.etag(unit))
                .post("/api/v1/organisations/{id}/deactivate", unit).then().statusCode(200);
        Models.as(DemoCallers.admin()).header("If-Match", Organisations.etag(base))
                .post("/api/v1/organisations/{id}/deactivate", base).then().statusCode(200);
        Models.as(DemoCallers.admin()).header("If-Match", Organisations.etag(unit))
                .post("/api/v1/organisations/{id}/reactivate", unit)
                .then().statusCode(409).body("current.active", equalTo(false));
    }

    @Test
    void changesNeedTheCurrentETag() {
        String unit = Organisations.create("UNIT", DemoCallers.BASE);
        String first = Organisations.etag(unit);
        Models.as(DemoCallers.admin()).body("{\"name\": \"Không có If-Match\"}")
                .post("/api/v1/organisations/{id}/rename", unit).then().statusCode(428);
        Models.as(DemoCallers.admin()).header("If-Match", first).body("{\"name\": \"Lần một\"}")
                .post("/api/v1/organisations/{id}/rename", unit).then().statusCode(200);
        Models.as(DemoCallers.admin()).header("If-Match", first).body("{\"name\": \"Lần hai, từ bản cũ\"}")
                .post("/api/v1/organisations/{id}/rename", unit)
                .then().statusCode(412).body("current.name", equalTo("Lần một"));
        Models.as(DemoCallers.admin()).header("If-None-Match", Organisations.etag(unit))
                .get("/api/v1/organisations/{id}", unit).then().statusCode(304);
    }

    @Test
    void ofTwoRenamesFromTheSameVersionExactlyOneWins() throws Exception {
        String unit = Organisations.create("UNIT", DemoCallers.BASE);
        String etag = Organisations.etag(unit);
        List<Integer> statuses = Simultaneously.run(2, () -> Models.as(DemoCallers.admin()).header("If-Match", etag)
                .body("{\"name\": \"Đồng thời " + Thread.currentThread().getId() + "\"}")
                .post("/api/v1/organisations/{id}/rename", unit).statusCode());
        assertEquals(List.of(200, 412), statuses.stream().sorted().toList());
        assertEquals(2, Organisations.awaitEvents(unit, 2).size()); // created and one renamed
    }

    @Test
    void theSameIdempotencyKeyTwiceAtOnceCreatesOneOrganisation() throws Exception {
        String id = Organisations.newId("t");
        String body = Organisations.body(id, "UNIT", "Một lần", id.toUpperCase(), DemoCallers.BASE);
        String key = "create-" + id;
        List<Response> answers = Simultaneously.run(2, () -> Models.as(DemoCallers.admin())
                .header("Idempotency-Key", key).body(body).post("/api/v1/organisations"));
        assertEquals(List.of(201, 201), answers.stream().map(Response::statusCode).toList());
        assertEquals(answers.get(0).asString(), answers.get(1).asString());
        assertEquals(1, Organisations.awaitEvents(id, 1).size());
    }

    @Test
    void anExportImportedAgainChangesNothing() {
        String exported = Models.as(DemoCallers.admin()).get("/api/v1/organisations/export")
                .then().statusCode(200).body("provinceId", equalTo("ag"))
                .body("organisations.id", hasItem(DemoCallers.UNIT))
                .body("organisations.id", not(hasItem("kg")))
                .extract().asString();
        long before = Organisations.count();
        Models.as(DemoCallers.admin()).body(exported).post("/api/v1/organisations/import")
                .then().statusCode(200).body("created", equalTo(0)).body("changed", equalTo(0));
        assertEquals(before, Organisations.count());
    }

    @Test
    void anImportCreatesAndChangesAllOrNothing() {
        String base = Organisations.newId("t");
        String unit = Organisations.newId("t");
        String existing = Organisations.create("UNIT", DemoCallers.BASE);
        String tree = """
                {"organisations": [
                  {"id": "%s", "kind": "UNIT", "name": "Đơn vị mới", "parentId": "%s"},
                  {"id": "%s", "kind": "BASE", "name": "Cơ sở mới", "parentId": "ag-dukcqdn"},
                  {"id": "%s", "kind": "UNIT", "name": "Đổi tên qua nhập", "parentId": "%s"}
                ]}""".formatted(unit, base, base, existing, DemoCallers.BASE);
        long before = Organisations.count();
        Models.as(DemoCallers.admin()).body(tree).post("/api/v1/organisations/import")
                .then().statusCode(200).body("created", equalTo(2)).body("changed", equalTo(1));
        assertEquals(before + 2, Organisations.count());
        assertEquals(base, Organisations.stored(unit).parentId);
        assertEquals("Đổi tên qua nhập", Organisations.stored(existing).name);

        // one bad entry (a unit placed in another province) refuses every one, and names it
        String refused = """
                {"organisations": [
                  {"id": "%s", "kind": "UNIT", "name": "Hợp lệ", "parentId": "%s"},
                  {"id": "%s", "kind": "UNIT", "name": "Sai tỉnh", "parentId": "kg-syt"}
                ]}""".formatted(Organisations.newId("t"), base, Organisations.newId("t"));
        Models.as(DemoCallers.admin()).body(refused).post("/api/v1/organisations/import")
                .then().statusCode(400).body("violations.field", equalTo(List.of("organisations[1].parentId")));
        assertEquals(before + 2, Organisations.count());
    }

    @Test
    void twoReplicasImportingTheSameNewTreeAtOnceCreateItOnce() throws Exception {
        String base = Organisations.newId("t");
        String unit = Organisations.newId("t");
        List<OrganisationEntry> tree = List.of(
                new OrganisationEntry(base, OrgKind.BASE, "Cơ sở hạt giống", null, DemoCallers.BLOC, null, null, null),
                new OrganisationEntry(unit, OrgKind.UNIT, "Đơn vị hạt giống", null, base, null, null, null));
        long before = Organisations.count();
        List<ImportOutcome> outcomes = Simultaneously.run(2, () -> administration.importTree(null, tree, "seed"));
        assertEquals(List.of(0, 2), outcomes.stream().map(ImportOutcome::created).sorted().toList());
        assertEquals(before + 2, Organisations.count());
        assertEquals(1, Organisations.awaitEvents(unit, 1).size(), "one created event");
    }

    @Test
    void listsPageByIdWithinTheCallersProvince() {
        Set<String> seen = new java.util.LinkedHashSet<>();
        String cursor = null;
        do {
            var request = Models.as(DemoCallers.reviewer(DemoCallers.BASE)).queryParam("limit", 7);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/organisations").then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("items.id");
            assertEquals(ids.stream().sorted().toList(), ids, "a page is in id order");
            ids.forEach(id -> assertTrue(seen.add(id), id + " repeated"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertTrue(seen.containsAll(Set.of("ag", DemoCallers.BLOC, DemoCallers.UNIT)));
        assertFalse(seen.stream().anyMatch(id -> id.startsWith("kg")), "another province's organisations");

        List<String> units = Models.as(DemoCallers.admin()).queryParam("parentId", DemoCallers.BASE)
                .queryParam("kind", "UNIT").queryParam("active", "true").queryParam("limit", 500)
                .get("/api/v1/organisations").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertTrue(units.contains(DemoCallers.UNIT));
        Models.as(DemoCallers.admin()).queryParam("kind", "COUNTY").queryParam("active", "maybe")
                .queryParam("limit", 0).get("/api/v1/organisations")
                .then().statusCode(400).body("violations.field", equalTo(List.of("kind", "active", "limit")));
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new java.util.ArrayList<>();
        array.forEach(node -> ids.add(node.path("id").asText()));
        return ids;
    }
}
