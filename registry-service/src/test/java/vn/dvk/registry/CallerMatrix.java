package vn.dvk.registry;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;


import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.TestTokens;

/**
 * Every kind of caller an endpoint must be tried with, and the check that each gets exactly the status expected
 * (a refusal as problem+json).
 */
public final class CallerMatrix {

    public static final String UNIT = "unit cadre";
    public static final String OTHER_UNIT = "other unit's cadre";
    public static final String BASE = "base reviewer";
    public static final String BLOC = "bloc reviewer";
    public static final String PROVINCE = "province reviewer";
    public static final String OTHER_BASE = "reviewer of another base";
    public static final String OTHER_BLOC = "reviewer of another bloc";
    public static final String ADMIN = "admin";
    public static final String OTHER_PROVINCE_ADMIN = "admin of another province";
    public static final String AUDITOR = "auditor";
    public static final String PROVINCE_LEADER = "province leader";
    public static final String BLOC_LEADER = "bloc leader";
    public static final String BASE_LEADER = "base leader";
    public static final String OTHER_BLOC_LEADER = "leader of another bloc";
    public static final String OPERATOR = "operator";
    public static final String ANONYMOUS = "anonymous";

    private CallerMatrix() {
    }

    public static Map<String, String> callers() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put(UNIT, DemoCallers.unitCadre());
        tokens.put(OTHER_UNIT, DemoCallers.otherUnitCadre());
        tokens.put(BASE, DemoCallers.reviewer(DemoCallers.BASE));
        tokens.put(BLOC, DemoCallers.reviewer(DemoCallers.BLOC));
        tokens.put(PROVINCE, DemoCallers.reviewer(DemoCallers.PROVINCE));
        tokens.put(OTHER_BASE, DemoCallers.reviewer(DemoCallers.OTHER_BASE));
        tokens.put(OTHER_BLOC, TestTokens.token("reviewer.other.bloc", "ag-tu-lx", "reviewer"));
        tokens.put(ADMIN, DemoCallers.admin());
        tokens.put(OTHER_PROVINCE_ADMIN, TestTokens.token("kg.admin", "kg", "admin"));
        tokens.put(AUDITOR, DemoCallers.auditor());
        tokens.put(PROVINCE_LEADER, DemoCallers.leader(DemoCallers.PROVINCE));
        tokens.put(BLOC_LEADER, DemoCallers.leader(DemoCallers.BLOC));
        tokens.put(BASE_LEADER, DemoCallers.leader(DemoCallers.BASE));
        tokens.put(OTHER_BLOC_LEADER, DemoCallers.leader(DemoCallers.OTHER_BLOC));
        tokens.put(OPERATOR, DemoCallers.operator());
        tokens.put(ANONYMOUS, null);
        return tokens;
    }

    /** The status every caller gets: {@code others} unless named among the exceptions. */
    public static Map<String, Integer> expect(int others, Map<String, Integer> exceptions) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        callers().keySet().forEach(caller -> expected.put(caller, exceptions.getOrDefault(caller, others)));
        return expected;
    }

    /** One request by one caller, with the resource it is about (for the tests that make one per caller). */
    public static final class Call {
        public final RequestSpecification request;
        public String id;

        Call(RequestSpecification request) {
            this.request = request;
        }

        public Response get(String path, Object... parameters) {
            return request.get(path, parameters);
        }

        public RequestSpecification body(String body) {
            return request.body(body);
        }
    }

    /** Sends the request as every caller; fails naming each caller whose status differs from the expected one. */
    public static void check(String what, Map<String, Integer> expected, Function<Call, Response> send) {
        List<String> wrong = new ArrayList<>();
        callers().forEach((caller, token) -> {
            RequestSpecification spec = given().contentType(ContentType.JSON);
            if (token != null) {
                spec.auth().oauth2(token);
            }
            Response response = send.apply(new Call(spec));
            int status = response.statusCode();
            if (status != expected.get(caller)) {
                wrong.add(caller + ": " + status + " (expected " + expected.get(caller) + ")");
            } else if (status >= 400) {
                assertEquals("application/problem+json", response.contentType(), what + " by " + caller);
            }
        });
        assertEquals(List.of(), wrong, what);
    }
}
