package vn.dvk.registry.api;

import static vn.dvk.registry.CallerMatrix.ADMIN;
import static vn.dvk.registry.CallerMatrix.ANONYMOUS;
import static vn.dvk.registry.CallerMatrix.AUDITOR;
import static vn.dvk.registry.CallerMatrix.OPERATOR;
import static vn.dvk.registry.CallerMatrix.OTHER_BASE;
import static vn.dvk.registry.CallerMatrix.OTHER_BLOC;
import static vn.dvk.registry.CallerMatrix.OTHER_BLOC_LEADER;
import static vn.dvk.registry.CallerMatrix.OTHER_PROVINCE_ADMIN;
import static vn.dvk.registry.CallerMatrix.OTHER_UNIT;
import static vn.dvk.registry.CallerMatrix.UNIT;
import static vn.dvk.registry.CallerMatrix.check;
import static vn.dvk.registry.CallerMatrix.expect;
import static vn.dvk.registry.api.IndicatorResourceTest.figures;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.TestTokens;

/**
 * Every indicator endpoint against every kind of caller, on the demo unit's figures. A submitter reports and reads
 * their own organisation's, an admin those of their subtree, a reviewer reads their subtree's and an auditor their
 * province's; beyond that reach the organisation answers like one that does not exist (404).
 */
@QuarkusTest
class IndicatorAccessMatrixTest {

    private static final String ONE = "/api/v1/organisations/{id}/indicators/{period}";
    private static final String LIST = "/api/v1/organisations/{id}/indicators";

    /** The demo unit's figures: read down the unit's line and across the province by its auditor. */
    private static final Map<String, Integer> READING_THE_UNIT = expect(200, Map.of(OTHER_UNIT, 404, OTHER_BASE, 404,
            OTHER_BLOC, 404, OTHER_BLOC_LEADER, 404, OTHER_PROVINCE_ADMIN, 404, OPERATOR, 403,
            ANONYMOUS, 401));

    /** Reported by the unit itself and the province's admin; reviewers and auditors never report. */
    private static final Map<String, Integer> REPORTING_FOR_THE_UNIT = expect(403, Map.of(UNIT, 200, ADMIN, 200,
            OTHER_UNIT, 404, OTHER_PROVINCE_ADMIN, 404, ANONYMOUS, 401));

    @Test
    void reportingAndReadingTheUnitsFigures() {
        check("PUT the unit's month", REPORTING_FOR_THE_UNIT,
                r -> r.body(figures(1, 2, 3, 3)).put(ONE, DemoCallers.UNIT, "2024-01"));
        check("GET the unit's month", READING_THE_UNIT, r -> r.get(ONE, DemoCallers.UNIT, "2024-01"));
        check("GET the unit's months", READING_THE_UNIT, r -> r.get(LIST, DemoCallers.UNIT));
    }

    @Test
    void aSubmitterReachesTheirOwnOrganisationOnlyNotTheOneAboveIt() {
        check("GET the unit's base's months", expect(200, Map.of(UNIT, 404, OTHER_UNIT, 404, OTHER_BASE, 404,
                OTHER_BLOC, 404, OTHER_BLOC_LEADER, 404, OTHER_PROVINCE_ADMIN, 404, OPERATOR, 403,
                ANONYMOUS, 401)),
                r -> r.get(LIST, DemoCallers.BASE));
        check("PUT the unit's base's month", expect(403, Map.of(UNIT, 404, OTHER_UNIT, 404, ADMIN, 200,
                OTHER_PROVINCE_ADMIN, 404, ANONYMOUS, 401)),
                r -> r.body(figures(1, 2, 3, 3)).put(ONE, DemoCallers.BASE, "2024-01"));
    }

    @Test
    void anOrganisationThatDoesNotExistAnswersLikeOneOutOfReach() {
        check("GET an unknown organisation's months", expect(404, Map.of(OPERATOR, 403, ANONYMOUS, 401)),
                r -> r.get(LIST, "ag-nowhere"));
        check("PUT an unknown organisation's month", expect(403, Map.of(UNIT, 404, OTHER_UNIT, 404, ADMIN, 404,
                OTHER_PROVINCE_ADMIN, 404, ANONYMOUS, 401)),
                r -> r.body(figures(1, 2, 3, 3)).put(ONE, "ag-nowhere", "2024-01"));
    }

    @Test
    void anAdminOfABlocReachesTheBlocsSubtreeOnly() {
        String blocAdmin = TestTokens.token("bloc.admin", DemoCallers.BLOC, "admin");
        Models.as(blocAdmin).body(figures(1, 2, 3, 3)).put(ONE, DemoCallers.UNIT, "2024-02").then().statusCode(200);
        Models.as(blocAdmin).get(LIST, DemoCallers.BLOC).then().statusCode(200);
        // a unit of the other bloc, and the province above the admin's bloc
        for (String outOfReach : new String[] {"ag-tu-lx-my-binh-mttq", DemoCallers.PROVINCE}) {
            Models.as(blocAdmin).body(figures(1, 2, 3, 3)).put(ONE, outOfReach, "2024-02")
                    .then().statusCode(404).contentType("application/problem+json");
            Models.as(blocAdmin).get(LIST, outOfReach).then().statusCode(404);
        }
        Models.as(DemoCallers.reviewer(DemoCallers.BLOC)).get(ONE, DemoCallers.UNIT, "2024-02").then().statusCode(200);
        Models.as(TestTokens.token("reviewer.other.bloc", "ag-tu-lx", "reviewer"))
                .get(ONE, DemoCallers.UNIT, "2024-02").then().statusCode(404);
    }
}
