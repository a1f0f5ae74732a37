package vn.dvk.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The options a caller gives reach kc.sh as the ones it appends to its own; none given, kc.sh's stay alone. */
@Tag("unit")
class KeycloakProcessTest {

    @Test
    void givenOptionsAreAppendedToKeycloaksOwn() {
        assertEquals("-XX:TieredStopAtLevel=1 -Xss512k",
                KeycloakProcess.environment("  -XX:TieredStopAtLevel=1 -Xss512k ").get("JAVA_OPTS_APPEND"));
    }

    @Test
    void noOptionsLeaveKeycloaksOwnAlone() {
        assertFalse(KeycloakProcess.environment(" ").containsKey("JAVA_OPTS_APPEND"));
        assertEquals("-Xms64m -Xmx512m", KeycloakProcess.environment("").get("JAVA_OPTS_KC_HEAP"));
    }
}
