package vn.dvk.kit.problems;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What every service's API promises a frontend: problem kinds and languages, CORS, a documented OpenAPI. */
@QuarkusTest
class ApiConventionsTest {

    @Test
    void aProblemNamesItsKindAndIsTitledInVietnameseByDefault() {
        given().get("/test/failures/missing/x").then().statusCode(404)
                .header("Content-Language", "vi")
                .body("type", equalTo("https://dvk.example/problems/not-found"))
                .body("title", equalTo("Không tìm thấy"));
        given().post("/test/failures/refused").then().statusCode(409)
                .body("type", equalTo("https://dvk.example/problems/conflict"))
                .body("title", equalTo("Xung đột với trạng thái hiện tại"));
    }

    @Test
    void aServicesOwnKindOfProblemIsNamedAndTitledLikeTheKits() {
        given().post("/test/failures/refused-of-own-kind").then().statusCode(409)
                .header("Content-Language", "vi")
                .body("type", equalTo("https://dvk.example/problems/out-of-season"))
                .body("title", equalTo("Ngoài mùa"))
                .body("detail", equalTo("Chưa đến mùa"));
        given().header("Accept-Language", "en").post("/test/failures/refused-of-own-kind").then().statusCode(409)
                .header("Content-Language", "en")
                .body("type", equalTo("https://dvk.example/problems/out-of-season"))
                .body("title", equalTo("Out of season"))
                .body("detail", equalTo("Not in season yet"));
    }

    @Test
    void aClientPreferringEnglishGetsEnglishTitles() {
        given().header("Accept-Language", "fr;q=1, en-GB;q=0.8, vi;q=0.5").get("/test/failures/missing/x")
                .then().statusCode(404)
                .header("Content-Language", "en")
                .body("title", equalTo("Not found"));
        given().header("Accept-Language", "de, *;q=0").get("/test/failures/missing/x").then()
                .header("Content-Language", "vi");
        given().header("Accept-Language", ";;;q=x").get("/test/failures/missing/x").then().statusCode(404)
                .header("Content-Language", "vi");
    }

    @Test
    void theKitsOwnDetailsAreWordedInTheLanguageAskedFor() {
        // the database away: a 503 the kit words itself
        given().get("/test/failures/database-away").then().statusCode(503)
                .header("Content-Language", "vi")
                .body("detail", startsWith("Dịch vụ tạm thời không kết nối được cơ sở dữ liệu"));
        given().header("Accept-Language", "en").get("/test/failures/database-away").then().statusCode(503)
                .header("Content-Language", "en")
                .body("detail", startsWith("The service cannot reach its database right now"));
        // a service's detail worded in English only stays English
        given().post("/test/failures/refused").then().statusCode(409).body("detail", equalTo("Only a draft can be submitted"));
    }

    @Test
    void aPreflightFromAConfiguredOriginIsAllowedAndOthersAreNot() {
        given().header("Origin", "https://web.dvk.example.test")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match,idempotency-key")
                .options("/test/failures/refused")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://web.dvk.example.test")
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "PUT")
                .options("/test/failures/refused")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://web.dvk.example.test").get("/test/failures/missing/x").then()
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void everyOperationDocumentsItsProblems() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.contact.name", not(nullValue()))
                .body("info.license.name", not(nullValue()))
                .body("servers[0].url", equalTo("/"))
                .body("components.schemas", hasKey("Problem"))
                .body("paths.'/api/v1/test-dead-letters'.get.responses", hasKey("401"))
                .body("paths.'/api/v1/test-dead-letters'.get.responses.'503'.content", hasKey("application/problem+json"))
                .body("paths.'/api/v1/test-dead-letters/replay'.post.responses", hasKey("400"));
    }

    @Test
    void aPlainTextBodyToAnOperationThatReadsJsonIsA415Problem() {
        // empty, Quarkus REST's plain-text reader answered a bare 400 past every exception mapper
        for (String body : new String[] {"", "{\"name\":\"x\"}", "x"}) {
            given().contentType("text/plain").body(body).post("/test/failures/record").then().statusCode(415)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://dvk.example/problems/unsupported-media-type"));
        }
        given().contentType("application/json").body("{\"name\":\"x\"}").post("/test/failures/record").then()
                .statusCode(200).body("name", equalTo("x"));
        // an operation that reads text still does
        given().contentType("text/plain").body("hello").post("/test/failures/text").then().statusCode(200)
                .body(equalTo("read: hello"));
    }
}
