package vn.dvk.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The event schemas are read from dvk-contracts on the class path, whatever the working directory. */
class EventSchemasTest {

    @Test
    void readsAProducersSchemaAndTheSchemasItRefersTo() {
        assertTrue(EventSchemas.requiredFields(DemoEvents.REGISTRY, DemoEvents.SUBMITTED)
                .containsAll(Set.of("modelId", "sequence", "path")));
        // path is defined in org-path.schema.json, which the validator must find beside the event's schema
        AssertionError invalid = assertThrows(AssertionError.class, () -> EventSchemas.assertValid(
                DemoEvents.REGISTRY, DemoEvents.SUBMITTED, "{\"modelId\":\"m-1\",\"sequence\":1,\"path\":{}}"));
        assertTrue(invalid.getMessage().contains("province"), invalid.getMessage());
    }

    @Test
    void refusesToHoldAServiceToAnotherServicesEvent() {
        assertThrows(IllegalArgumentException.class,
                () -> EventSchemas.requiredFields(DemoEvents.RECOGNITION, DemoEvents.SUBMITTED));
    }
}
