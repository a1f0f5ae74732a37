package vn.dvk.kit.problems;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvk.testing.ProblemWording;

/**
 * Every problem the kit words, field-level violations and the framework's refusals included, reads in Vietnamese
 * by default and in English when asked ({@link ProblemWording} says what counts as a sentence of either).
 */
@QuarkusTest
class ProblemWordingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INVALID_FORM = "{\"title\":\" \",\"tags\":[],\"count\":0,\"grade\":9,"
            + "\"on\":\"2999-01-01\",\"code\":\"NOT A CODE\"}";

    /** Each refusal: how to send it. */
    private static final List<Function<RequestSpecification, Response>> REFUSALS = List.of(
            r -> r.contentType(ContentType.JSON).body(INVALID_FORM).post("/test/worded/form"),
            r -> r.contentType(ContentType.JSON).body("{\"title\":\"x\",\"colour\":1}").post("/test/worded/form"),
            r -> r.contentType(ContentType.JSON).body("{\"title\":\"x\",\"on\":\"yesterday\"}").post("/test/worded/form"),
            r -> r.contentType(ContentType.JSON).body("{\"title\":\"x\",\"tags\":{}}").post("/test/worded/form"),
            r -> r.contentType(ContentType.JSON).body("{\"title\":\"a\u0001b\"}").post("/test/worded/form"),
            r -> r.contentType(ContentType.JSON).body("{\"title\":").post("/test/worded/form"),
            r -> r.contentType(ContentType.TEXT).body("x").post("/test/worded/form"),
            r -> r.contentType("text/csv").body("a,b").post("/test/worded/split"),
            r -> r.accept("text/csv").contentType(ContentType.JSON).body("{}").post("/test/worded/form"),
            r -> r.put("/test/worded/form"),
            r -> r.get("/test/worded/no-such-path"),
            r -> r.get("/test/worded/admin"),
            r -> r.queryParam("on", "tomorrow").queryParam("limit", "0").get("/test/worded/query"),
            r -> r.urlEncodingEnabled(false).get("/test/worded/query?on=%01"),
            r -> r.header("Accept", "garbage").get("/test/worded/query"));

    @ParameterizedTest(name = "Accept-Language: {0}")
    @ValueSource(strings = {"", "vi", "vi-VN,vi;q=0.9", "fr"})
    void everyRefusalIsWordedInVietnameseByDefault(String language) {
        for (int i = 0; i < REFUSALS.size(); i++) {
            JsonNode problem = send(i, language);
            assertEquals(List.of(), ProblemWording.wronglyWorded(problem, language), "refusal " + i + ": " + problem);
        }
    }

    @ParameterizedTest(name = "Accept-Language: {0}")
    @ValueSource(strings = {"en", "en-GB,en;q=0.9,vi;q=0.5"})
    void everyRefusalIsWordedInEnglishWhenAsked(String language) {
        for (int i = 0; i < REFUSALS.size(); i++) {
            JsonNode problem = send(i, language);
            assertEquals(List.of(), ProblemWording.wronglyWorded(problem, language), "refusal " + i + ": " + problem);
        }
    }

    @Test
    void constraintViolationsAreWordedFromTheCatalogues() {
        given().contentType(ContentType.JSON).body(INVALID_FORM).post("/test/worded/form").then().statusCode(400)
                .body("violations.message", hasItems("không được để trống hoặc chỉ có khoảng trắng",
                        "không được để rỗng", "phải lớn hơn 0", "phải nhỏ hơn hoặc bằng 5",
                        "phải là ngày trong quá khứ hoặc hôm nay",
                        "phải là mã gồm chữ thường không dấu, chữ số và dấu gạch ngang (tối đa 64 ký tự)"));
        given().header("Accept-Language", "en").contentType(ContentType.JSON).body(INVALID_FORM)
                .post("/test/worded/form").then().statusCode(400)
                .body("violations.message", hasItems("must not be blank", "must not be empty",
                        "must be greater than 0", "must be less than or equal to 5",
                        "must be a date in the past or in the present",
                        "must be a code of lower-case letters, digits and hyphens (at most 64)"));
        given().header("Accept-Language", "en").contentType(ContentType.JSON).body("{\"title\":\"abcdefghijkl\"}")
                .post("/test/worded/form").then().statusCode(400)
                .body("violations.message", hasItems("size must be between 0 and 10"));
    }

    @Test
    void theFrameworksRefusalsAreWordedFromTheKitsCatalogue() {
        given().put("/test/worded/form").then().statusCode(405)
                .body("detail", equalTo("Địa chỉ này không nhận phương thức này; tiêu đề Allow liệt kê các phương thức "
                        + "được nhận"));
        given().header("Accept-Language", "en").get("/test/worded/no-such-path").then().statusCode(404)
                .body("detail", equalTo("There is no resource at this address"));
        given().header("Accept-Language", "en").contentType(ContentType.TEXT).body("x").post("/test/worded/form")
                .then().statusCode(415).body("detail", equalTo("This operation does not read a body of this media type"));
    }

    @Test
    void theWordedPartsOfAConflictsCurrentMemberFollowTheLanguage() {
        given().post("/test/worded/batch").then().statusCode(409)
                .body("current[0].reason", equalTo(KitMessages.CODE_FORMAT.text().vietnamese()))
                .body("current[1]", equalTo("an item without words"));
        given().header("Accept-Language", "en").post("/test/worded/batch").then().statusCode(409)
                .body("current[0].reason", equalTo(KitMessages.CODE_FORMAT.text().english()))
                .body("current[0].wording", nullValue());
    }

    @Test
    void theSentenceTestTellsTheLanguagesApart() {
        assertAll(() -> assertTrue(ProblemWording.isEnglish("must not be null")),
                () -> assertTrue(ProblemWording.isEnglish("The request has invalid fields")),
                () -> assertTrue(!ProblemWording.isEnglish("phải khớp mẫu \"[a-z0-9][a-z0-9-]{0,63}\"")),
                () -> assertTrue(!ProblemWording.isEnglish("phải là một trong các giá trị A, THE, OF")),
                () -> assertTrue(ProblemWording.isVietnamese("không được để trống")),
                () -> assertTrue(!ProblemWording.isVietnamese("Unknown field tên_đơn_vị")));
    }

    private static JsonNode send(int refusal, String language) {
        RequestSpecification request = given();
        if (!language.isEmpty()) {
            request.header("Accept-Language", language);
        }
        Response answer = REFUSALS.get(refusal).apply(request);
        assertTrue(answer.statusCode() >= 400 && answer.statusCode() < 500,
                "refusal " + refusal + " answered " + answer.statusCode());
        try {
            return JSON.readTree(answer.asString());
        } catch (IOException e) {
            throw new AssertionError("refusal " + refusal + " is not JSON: " + answer.asString(), e);
        }
    }
}
