package vn.dvk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.ContractFiles;

/**
 * The services' tests place their callers in the demo province by id (DemoCallers); those ids must stay where the
 * tests assume them in the province's tree, or access tests would silently test other positions.
 */
class DemoCallersTest {

    private static final Map<String, JsonNode> ORGANISATIONS = new HashMap<>();

    @BeforeAll
    static void readTheDemoProvince() throws IOException {
        try (InputStream in = DemoCallersTest.class.getClassLoader().getResourceAsStream(ContractFiles.DEMO_PROVINCE)) {
            assertNotNull(in, ContractFiles.DEMO_PROVINCE + " is not on the class path");
            new ObjectMapper().readTree(in).path("organisations")
                    .forEach(org -> ORGANISATIONS.put(org.path("id").asText(), org));
        }
    }

    @Test
    void theUnitClimbsThroughItsBaseAndBlocToTheProvince() {
        assertPlaced(DemoCallers.UNIT, "UNIT", DemoCallers.BASE);
        assertPlaced(DemoCallers.BASE, "BASE", DemoCallers.BLOC);
        assertPlaced(DemoCallers.BLOC, "BLOC", DemoCallers.PROVINCE);
        assertPlaced(DemoCallers.PROVINCE, "PROVINCE", null);
    }

    @Test
    void theOtherUnitBaseAndBlocAreOutsideTheUnitsPath() {
        assertPlaced(DemoCallers.OTHER_UNIT, "UNIT", DemoCallers.OTHER_BASE);
        assertPlaced(DemoCallers.OTHER_BASE, "BASE", DemoCallers.BLOC);
        assertPlaced(DemoCallers.OTHER_BLOC, "BLOC", DemoCallers.PROVINCE);
        assertNotEquals(DemoCallers.BASE, DemoCallers.OTHER_BASE);
        assertNotEquals(DemoCallers.BLOC, DemoCallers.OTHER_BLOC);
    }

    private static void assertPlaced(String id, String kind, String parentId) {
        JsonNode org = ORGANISATIONS.get(id);
        assertNotNull(org, id + " is not in " + ContractFiles.DEMO_PROVINCE);
        assertEquals(kind, org.path("kind").asText(), id + "'s kind");
        assertEquals(parentId, org.path("parentId").isNull() ? null : org.path("parentId").asText(), id + "'s parent");
    }
}
