package vn.dvk.reporting.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.TestTokens;

/**
 * The kit's rate limits (vn.dvk.kit.limits.RateLimits) with small allowances: an anonymous client by its address (as
 * the ingress reports it in X-Forwarded-For), a signed-in user by the token's subject, from any address. Past the
 * allowance: 429, Retry-After and a problem; another client is served as before. The allowances refill one request
 * every 20 s (3 a minute), far slower than the test's requests follow each other.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallAllowances.class)
class RateLimitTest {

    private static final int ALLOWANCE = 3;

    public static class SmallAllowances implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dvk.rate-limit.enabled", "true",
                    "dvk.rate-limit.anonymous.per-minute", Integer.toString(ALLOWANCE),
                    "dvk.rate-limit.user.per-minute", Integer.toString(ALLOWANCE));
        }
    }

    private static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address);
    }

    private static void assertRefusedUntilLater(Response response) {
        response.then().statusCode(429).contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("type", equalTo("https://dvk.example/problems/too-many-requests"));
        int retryAfter = Integer.parseInt(response.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "Retry-After " + retryAfter);
    }

    @Test
    void anAnonymousClientPastItsAllowanceIsToldToWaitAndOthersAreNot() {
        for (int i = 0; i < ALLOWANCE; i++) {
            from("203.0.113.10").get("/api/v1/gallery").then().statusCode(200);
        }
        assertRefusedUntilLater(from("203.0.113.10").get("/api/v1/gallery"));
        from("203.0.113.11").get("/api/v1/gallery").then().statusCode(200);
        // the page itself is a static file, not an API request: still served
        from("203.0.113.10").get("/gallery/").then().statusCode(200);
    }

    @Test
    void aUserPastTheAllowanceIsToldToWaitFromAnyAddressAndOtherUsersAreNot() {
        String busy = TestTokens.token("busy.reader", "ag", "reviewer");
        String other = TestTokens.token("other.reader", "ag", "reviewer");
        for (int i = 0; i < ALLOWANCE; i++) {
            from("203.0.113.20").auth().oauth2(busy).get("/api/v1/reports/backlog").then().statusCode(not(429));
        }
        assertRefusedUntilLater(from("203.0.113.21").auth().oauth2(busy).get("/api/v1/reports/backlog"));
        from("203.0.113.20").auth().oauth2(other).get("/api/v1/reports/backlog").then().statusCode(not(429));
        // the user's allowance is not the address's: an anonymous caller from there is still served
        from("203.0.113.20").get("/api/v1/gallery").then().statusCode(200);
    }
}
