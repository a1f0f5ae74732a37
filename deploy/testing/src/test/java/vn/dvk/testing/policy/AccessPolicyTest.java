package vn.dvk.testing.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.fuzz.Caller;

/** How a table decides for a caller: the most specific matching row, role before position. */
@Tag("unit")
class AccessPolicyTest {

    private static final AccessPolicy POLICY = AccessPolicy.load("/policy-example.csv");

    private static int expected(String role, String position) {
        return POLICY.ruleFor("getModel", "submitted", new Caller(role, position, null)).orElseThrow().expected();
    }

    @Test
    void theMostSpecificRowDecides() {
        assertEquals(200, expected("reviewer", "base"));
        assertEquals(404, expected("submitter", "other unit"));
        assertEquals(403, expected("operator", "province"));
        assertEquals(418, expected("operator", "other unit"));
    }

    @Test
    void aRoleRowOutranksAPositionRow() {
        assertEquals(401, expected("none", "other unit"));
    }

    @Test
    void aKnownFindingIsReadAndAnUnknownCaseHasNoRule() {
        assertEquals("issue 17", POLICY.ruleFor("getModel", "submitted", new Caller("none", "-", null))
                .orElseThrow().knownFinding());
        assertTrue(POLICY.ruleFor("getModel", "draft", new Caller("none", "-", null)).isEmpty());
    }
}
