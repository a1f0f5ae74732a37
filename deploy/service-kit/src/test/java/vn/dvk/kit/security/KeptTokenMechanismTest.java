package vn.dvk.kit.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.TestTokens;

/**
 * A kept token comes in by the short way, without its claims parsed again; everything else by the OIDC mechanism,
 * which still answers the challenge.
 */
@QuarkusTest
class KeptTokenMechanismTest {

    @Inject
    KeptTokenMechanism mechanism;

    @Test
    void aTokenComesInByTheShortWayOnlyOnceItIsVerifiedAndKept() {
        String token = TestTokens.token("short.reader", "org-short", "leader");
        long before = mechanism.letIn();
        given().auth().oauth2(token).get("/test/identity").then().statusCode(200)
                .body("username", equalTo("short.reader"));
        assertEquals(before, mechanism.letIn(), "a token not kept yet is verified by the OIDC mechanism");
        for (String probe : new String[] {"first", "second"}) {
            given().header("Authorization", "bearer " + token).header("X-Probe", probe).get("/test/identity").then()
                    .statusCode(200).body("username", equalTo("short.reader")).body("orgId", equalTo("org-short"))
                    .body("leader", equalTo(true)).body("probe", equalTo(probe));
        }
        assertEquals(before + 2, mechanism.letIn(), "both later requests came in by the short way");
    }

    @Test
    void whatIsNotAKeptBearerTokenGetsTheOidcMechanismsAnswer() {
        long before = mechanism.letIn();
        given().get("/test/identity").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        given().header("Authorization", "Basic c2hvcnQ6cmVhZGVy").get("/test/identity").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));
        String tampered = TestTokens.token("short.reader", "org-short", "leader");
        given().auth().oauth2(tampered + "x").get("/test/identity").then().statusCode(401);
        given().auth().oauth2(tampered + "x").get("/test/identity").then().statusCode(401);
        assertEquals(before, mechanism.letIn());
    }

    @Test
    void theTokenIsWhatFollowsTheBearerSchemeInAnyCase() {
        assertEquals(Optional.of("abc.def"), KeptTokenMechanism.bearer("Bearer abc.def"));
        assertEquals(Optional.of("abc.def"), KeptTokenMechanism.bearer("BEARER  abc.def "));
        assertEquals(Optional.empty(), KeptTokenMechanism.bearer("Bearer "));
        assertEquals(Optional.empty(), KeptTokenMechanism.bearer("Bearer    "));
        assertEquals(Optional.empty(), KeptTokenMechanism.bearer("Basic abc"));
        assertEquals(Optional.empty(), KeptTokenMechanism.bearer("Bearerabc.def"));
        assertEquals(Optional.empty(), KeptTokenMechanism.bearer(null));
    }
}
