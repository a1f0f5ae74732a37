package vn.dvk.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/**
 * A service's dead letters read through its API (GET /api/v1/&lt;service&gt;-dead-letters, the path given), page by page,
 * as a caller sees them.
 */
public final class DeadLetterList {

    /** An operator who may also read what the letters say. */
    public static final String PAYLOAD_READER = TestTokens.token("operator.payloads", DemoCallers.PROVINCE,
            "operator", "operator-payloads");

    private DeadLetterList() {
    }

    /** The letter with the key as the caller sees it, looked for page by page; null when there is none. */
    public static Map<String, Object> find(String path, String token, String key) {
        String cursor = null;
        do {
            JsonPath page = page(path, token, 100, cursor);
            List<Map<String, Object>> letters = page.getList("items");
            for (Map<String, Object> letter : letters) {
                if (key.equals(letter.get("key"))) {
                    return letter;
                }
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return null;
    }

    public static JsonPath page(String path, String token, int limit, String cursor) {
        RequestSpecification request = given().auth().oauth2(token).queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get(path).then().statusCode(200).extract().jsonPath();
    }

    /** The letter of the key shows operators no payload, and its payload to those who hold operator-payloads. */
    public static void assertPayloadOnlyForThePayloadRole(String path, String key, String payload) {
        Map<String, Object> seen = find(path, DemoCallers.operator(), key);
        assertNotNull(seen, "no dead letter " + key);
        assertNull(seen.get("payload"), seen.toString());
        assertEquals(payload, find(path, PAYLOAD_READER, key).get("payload"));
    }
}
