package vn.dvk.registry.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.TestTokens;

/**
 * A token signed by the realm whose {@code org_id} is not a string (a mapper set to a number, a multivalued or JSON
 * mapper) or is missing places its caller nowhere: every operation that needs the caller's organisation answers 403
 * with a problem, never a 500, and writes nothing.
 */
@QuarkusTest
class OddClaimsTest {

    private static final Map<String, Object> ODD_SHAPES = Map.of(
            "a number", 42,
            "a list", List.of(DemoCallers.UNIT),
            "an object", Map.of("id", DemoCallers.UNIT));

    @Test
    void anOrganisationClaimThatIsNotAStringIsForbidden() {
        long before = Models.count();
        ODD_SHAPES.forEach((shape, claim) -> {
            String token = TestTokens.tokenWithOrgClaim("odd.cadre", claim, "submitter");
            given().auth().oauth2(token).get("/api/v1/models").then()
                    .statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
            given().auth().oauth2(token).contentType("application/json").body(Models.draftBody("dvk-2026"))
                    .post("/api/v1/models").then()
                    .statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        });
        assertEquals(before, Models.count(), "nothing drafted");
    }

    @Test
    void aTokenWithoutAnOrganisationIsForbidden() {
        String token = TestTokens.tokenWithOrgClaim("nowhere.cadre", null, "submitter");
        given().auth().oauth2(token).get("/api/v1/models").then()
                .statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }
}
