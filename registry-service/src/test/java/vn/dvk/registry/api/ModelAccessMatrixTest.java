package vn.dvk.registry.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.TestTokens;

/**
 * Every model endpoint against every kind of caller, with the exact status each must get. A caller who may not see
 * a model gets 404 exactly as for a model that does not exist; a caller who may see it but lacks the role to change
 * it gets 403; no token, 401.
 */
@QuarkusTest
class ModelAccessMatrixTest {

    private static final String UNIT = "unit cadre";
    private static final String OTHER_UNIT = "other unit's cadre";
    private static final String BASE = "base reviewer";
    private static final String BLOC = "bloc reviewer";
    private static final String PROVINCE = "province reviewer";
    private static final String OTHER_BASE = "reviewer of another base";
    private static final String OTHER_BLOC = "reviewer of another bloc";
    private static final String ADMIN = "admin";
    private static final String OTHER_PROVINCE_ADMIN = "admin of another province";
    private static final String AUDITOR = "auditor";
    private static final String OPERATOR = "operator";
    private static final String ANONYMOUS = "anonymous";

    private static Map<String, String> callers() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put(UNIT, DemoCallers.unitCadre());
        tokens.put(OTHER_UNIT, DemoCallers.otherUnitCadre());
        tokens.put(BASE, DemoCallers.reviewer(DemoCallers.BASE));
        tokens.put(BLOC, DemoCallers.reviewer(DemoCallers.BLOC));
        tokens.put(PROVINCE, DemoCallers.reviewer(DemoCallers.PROVINCE));
        tokens.put(OTHER_BASE, DemoCallers.reviewer(DemoCallers.OTHER_BASE));
        tokens.put(OTHER_BLOC, TestTokens.token("reviewer.other.bloc", "ag-other-bloc", "reviewer"));
        tokens.put(ADMIN, DemoCallers.admin());
        tokens.put(OTHER_PROVINCE_ADMIN, TestTokens.token("kg.admin", "kg", "admin"));
        tokens.put(AUDITOR, DemoCallers.auditor());
        tokens.put(OPERATOR, DemoCallers.operator());
        tokens.put(ANONYMOUS, null);
        return tokens;
    }

    /** Who sees a submitted model: its unit and the organisations on its path, in roles that read models. */
    private static Map<String, Integer> readingSubmitted() {
        return expect(200, Map.of(OTHER_UNIT, 404, OTHER_BASE, 404, OTHER_BLOC, 404, OTHER_PROVINCE_ADMIN, 404,
                OPERATOR, 403, ANONYMOUS, 401));
    }

    /** A draft is its unit's alone. */
    private static Map<String, Integer> readingDraft() {
        return expect(404, Map.of(UNIT, 200, OPERATOR, 403, ANONYMOUS, 401));
    }

    /** Changes: the unit's submitters only; other roles are refused before anything is looked up. */
    private static Map<String, Integer> changing(int asOwner) {
        return expect(403, Map.of(UNIT, asOwner, OTHER_UNIT, 404, ANONYMOUS, 401));
    }

    @Test
    void readingAModel() {
        String submitted = Models.submitted();
        String draft = Models.draft();
        check("GET submitted model", readingSubmitted(), r -> r.get("/api/v1/models/{id}", submitted));
        check("GET its versions", readingSubmitted(), r -> r.get("/api/v1/models/{id}/versions", submitted));
        check("GET its version 1", readingSubmitted(), r -> r.get("/api/v1/models/{id}/versions/1", submitted));
        check("GET its diff", readingSubmitted(), r -> r.get("/api/v1/models/{id}/diff?from=1&to=1", submitted));
        check("GET draft", readingDraft(), r -> r.get("/api/v1/models/{id}", draft));
        check("GET draft's versions", readingDraft(), r -> r.get("/api/v1/models/{id}/versions", draft));
    }

    @Test
    void listingAndDrafting() {
        check("GET list", expect(200, Map.of(OPERATOR, 403, ANONYMOUS, 401)), r -> r.get("/api/v1/models"));
        check("POST draft", expect(403, Map.of(UNIT, 201, OTHER_UNIT, 201, ANONYMOUS, 401)),
                r -> r.body(Models.draftBody("dvk-2026")).post("/api/v1/models"));
    }

    @Test
    void changingAModel() {
        // each caller acts on a model of its own, so that one caller's change never decides another's status
        check("PUT draft", changing(200), r -> withCurrentTag(r, Models.draft())
                .body(Models.draftBody("dvk-2026")).put("/api/v1/models/{id}", r.id()));
        check("submit draft", changing(200), r -> withCurrentTag(r, Models.draft())
                .post("/api/v1/models/{id}/submit", r.id()));
        check("withdraw submitted", changing(200), r -> withCurrentTag(r, Models.submitted())
                .body("{\"reason\":\"thử\"}").post("/api/v1/models/{id}/withdraw", r.id()));
        check("PUT submitted (visible to reviewers, but theirs to change)", changing(409),
                r -> withCurrentTag(r, Models.submitted()).body(Models.draftBody("dvk-2026"))
                        .put("/api/v1/models/{id}", r.id()));
    }

    private static RequestSpecification withCurrentTag(Call call, String id) {
        call.id = id;
        return call.request.header("If-Match", Models.etag(id));
    }

    /** One request by one caller, with the model it is about. */
    static final class Call {
        final RequestSpecification request;
        String id;

        Call(RequestSpecification request) {
            this.request = request;
        }

        String id() {
            return id;
        }

        io.restassured.response.Response get(String path, Object... parameters) {
            return request.get(path, parameters);
        }

        RequestSpecification body(String body) {
            return request.body(body);
        }
    }

    private static void check(String what, Map<String, Integer> expected,
            Function<Call, io.restassured.response.Response> request) {
        List<String> wrong = new ArrayList<>();
        callers().forEach((caller, token) -> {
            RequestSpecification spec = given().contentType(ContentType.JSON);
            if (token != null) {
                spec.auth().oauth2(token);
            }
            io.restassured.response.Response response = request.apply(new Call(spec));
            int status = response.statusCode();
            if (status != expected.get(caller)) {
                wrong.add(caller + ": " + status + " (expected " + expected.get(caller) + ")");
            } else if (status >= 400) {
                assertEquals("application/problem+json", response.contentType(), what + " by " + caller);
            }
        });
        assertEquals(List.of(), wrong, what);
    }

    private static Map<String, Integer> expect(int others, Map<String, Integer> exceptions) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        callers().keySet().forEach(caller -> expected.put(caller, exceptions.getOrDefault(caller, others)));
        return expected;
    }
}
