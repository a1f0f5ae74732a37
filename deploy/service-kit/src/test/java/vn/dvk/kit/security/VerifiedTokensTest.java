package vn.dvk.kit.security;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.TestTokens;

/** A bearer token is verified once, then its identity is reused, for no longer than the token is valid. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    VerifiedTokens verified;

    @Test
    void aTokenVerifiedOnceIsKeptAndEachRequestReadsItsOwnCallerFromIt() {
        String token = TestTokens.token("kept.reader", "org-kept", "leader");
        assertFalse(verified.keeps(token));
        for (String probe : new String[] {"first", "second"}) {
            given().auth().oauth2(token).header("X-Probe", probe).get("/test/identity").then().statusCode(200)
                    .body("username", equalTo("kept.reader")).body("orgId", equalTo("org-kept"))
                    .body("leader", equalTo(true))
                    // the routing context is the request's own, not the one that verified the token
                    .body("probe", equalTo(probe));
            assertTrue(verified.keeps(token), "kept after the " + probe + " request");
        }
        String other = TestTokens.token("other.reader", "org-other");
        given().auth().oauth2(other).get("/test/identity").then().statusCode(200)
                .body("username", equalTo("other.reader")).body("orgId", equalTo("org-other"))
                .body("leader", equalTo(false));
    }

    @Test
    void aTokenRefusedIsNeverKept() {
        String forAnotherApi = TestTokens.tokenForAnotherAudience("elsewhere", "org-kept", "leader");
        given().auth().oauth2(forAnotherApi).get("/test/identity").then().statusCode(401);
        given().auth().oauth2(forAnotherApi).get("/test/identity").then().statusCode(401);
        assertFalse(verified.keeps(forAnotherApi));
        String tampered = TestTokens.token("kept.reader", "org-kept", "leader");
        tampered = tampered.substring(0, tampered.length() - 4) + (tampered.endsWith("AAAA") ? "BBBB" : "AAAA");
        given().auth().oauth2(tampered).get("/test/identity").then().statusCode(401);
        assertFalse(verified.keeps(tampered));
    }

    @Test
    void aKeptTokenIsRefusedOnceItHasExpired() {
        Instant issued = Instant.now();
        String token = TestTokens.expiringIn(Duration.ofSeconds(2), "brief.reader", "org-kept");
        given().auth().oauth2(token).get("/test/identity").then().statusCode(200);
        assertTrue(verified.keeps(token));
        // a second past its expiry (exp counts whole seconds)
        await().atMost(Duration.ofSeconds(30)).until(() -> Instant.now().isAfter(issued.plusSeconds(4)));
        given().auth().oauth2(token).get("/test/identity").then().statusCode(401);
        assertFalse(verified.keeps(token));
    }
}
