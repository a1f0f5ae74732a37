package vn.dvk.registry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.registry.Organisations;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.TestTokens;

/**
 * Creating an organisation or a campaign with an id another province uses answers exactly as with an id nobody
 * uses: the id is judged on its form (the caller's province's space) before it is looked up, so an admin cannot
 * learn which ids exist elsewhere. Inside their own province a taken id is a 409, as it is theirs to see.
 */
@QuarkusTest
class ForeignIdTest {

    private static final String KG_ADMIN = TestTokens.token("kg.admin", "kg", "admin");

    @Test
    void anOrganisationIdOfAnotherProvinceAnswersAsAnUnusedOne() {
        // An Giang's admin, under their own base, with Kiên Giang's base id and an id of Kiên Giang nobody holds
        Function<String, Response> asAnGiang = id -> Models.as(DemoCallers.admin())
                .body(Organisations.body(id, "UNIT", "Thăm dò", "THAMDO" + id.length(), DemoCallers.BASE))
                .post("/api/v1/organisations");
        assertSameAnswer(asAnGiang, "kg-syt", "kg-syx");
        // Kiên Giang's admin, the other way round
        Function<String, Response> asKienGiang = id -> Models.as(KG_ADMIN)
                .body(Organisations.body(id, "UNIT", "Thăm dò", "THAMDO" + id.length(), "kg-syt"))
                .post("/api/v1/organisations");
        assertSameAnswer(asKienGiang, DemoCallers.BASE, "ag-syz");
        // within the province, a taken id is said to be taken
        asAnGiang.apply(DemoCallers.OTHER_UNIT).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anImportedIdOfAnotherProvinceAnswersAsAnUnusedOne() {
        Function<String, Response> asAnGiang = id -> Models.as(DemoCallers.admin())
                .body("{\"organisations\": [{\"id\": \"%s\", \"kind\": \"UNIT\", \"name\": \"Nhập\", \"parentId\": \"%s\"}]}"
                        .formatted(id, DemoCallers.BASE)).post("/api/v1/organisations/import");
        assertSameAnswer(asAnGiang, "kg-syt-bvdk", "kg-syt-bvdz");
    }

    @Test
    void aCampaignIdOfAnotherProvinceAnswersAsAnUnusedOne() {
        Function<String, Response> asAnGiang = id -> Models.as(DemoCallers.admin())
                .body(CampaignResourceTest.definition(id, DemoCallers.BLOC, "2026-01-01", "2026-12-31", "2026-06-30"))
                .post("/api/v1/campaigns");
        assertSameAnswer(asAnGiang, "kg-dvk-2026", "kg-dvk-2099");
        // within the province, a taken id is said to be taken
        String id = Organisations.newId("c");
        asAnGiang.apply(id).then().statusCode(201);
        asAnGiang.apply(id).then().statusCode(409).contentType("application/problem+json");
    }

    /** The same status and body for an id in use elsewhere and one of the same length nobody uses. */
    private static void assertSameAnswer(Function<String, Response> create, String usedId, String unusedId) {
        Response used = create.apply(usedId);
        Response unused = create.apply(unusedId);
        assertEquals(400, unused.statusCode(), unused.asString());
        assertEquals(unused.statusCode(), used.statusCode(), used.asString());
        assertEquals(unused.contentType(), used.contentType());
        assertEquals(unused.asString().replace(unusedId, "ID"), used.asString().replace(usedId, "ID"));
    }
}
