package vn.dvk.kit.problems;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.HostileInput;

/** Every failure of a request answers a problem, with the status the caller can act on. */
@QuarkusTest
class ProblemMappersTest {

    @Test
    void aUniqueKeyTakenAtCommitIsAConflictWithTheCurrentState() {
        given().post("/test/failures/unique-key-at-commit").then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("current", equalTo("the current state"));
    }

    @Test
    void aRefusalOfTheDomainCarriesTheCurrentState() {
        given().post("/test/failures/refused").then().statusCode(409)
                .body("detail", equalTo("Only a draft can be submitted"))
                .body("current", equalTo("the current state"));
    }

    @Test
    void aVersionCheckFailingAtCommitIsAConflictHoweverItIsWrapped() {
        given().get("/test/failures/stale-at-commit").then().statusCode(409)
                .contentType("application/problem+json").body("status", equalTo(409));
    }

    @Test
    void aDatabaseThatIsAwayIsAServiceUnavailableWithRetryAfter() {
        given().get("/test/failures/database-away").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("status", equalTo(503));
    }

    @Test
    void aDefectIsA500ThatRevealsNothing() {
        given().get("/test/failures/defect").then().statusCode(500)
                .contentType("application/problem+json")
                .body("detail", not(containsString("secret")));
    }

    @Test
    void theInstanceIsTheRequestPathReEncodedWhateverItHolds() {
        for (String segment : HostileInput.pathSegments()) {
            HostileInput.assertAnsweredCleanly(HostileInput.send("GET", "/test/failures/missing/" + segment, null),
                    "missing " + segment, false);
        }
        given().urlEncodingEnabled(false).get("/test/failures/missing/a%20%22b%22%7Bc%7D").then().statusCode(404)
                .body("instance", equalTo("/test/failures/missing/a%20%22b%22%7Bc%7D"));
        given().urlEncodingEnabled(false).get("/test/failures/missing/%0A").then().statusCode(404)
                .body("instance", not(nullValue()));
    }

    @Test
    void anAcceptHeaderThatIsNoMediaTypeIsTheClientsError() {
        given().header("Accept", "garbage").get("/test/failures/record").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("Accept"));
        given().header("Accept", "application/json, garbage").get("/test/failures/record").then().statusCode(400);
        given().header("Accept", "application/json").get("/test/failures/record").then().statusCode(200)
                .body("name", equalTo("a record"));
    }

    @Test
    void aReadUnderAnIfMatchNamingAnotherVersionIsAProblemWithTheCurrentState() {
        given().header("If-Match", "\"2\"").get("/test/failures/tagged").then().statusCode(412)
                .contentType("application/problem+json").header("ETag", nullValue())
                .body("current.name", equalTo("version 3"));
        given().header("If-Match", "\"3\"").get("/test/failures/tagged").then().statusCode(200)
                .header("ETag", equalTo("\"3\""));
        given().header("If-None-Match", "\"3\"").get("/test/failures/tagged").then().statusCode(304);
    }
}
