package vn.dvk.registry.events;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.EventSchemas;

/** What the registry reads of recognition's events is what recognition's schemas promise. */
class RecognitionContractTest {

    private static final Set<String> FIELDS_READ = EventSchemas.fieldsReadBy(RecognitionOutcome.class);

    @Test
    void everyEventTypeTheRegistryFollowsCarriesWhatItReads() {
        EventSchemas.assertPromises(DemoEvents.RECOGNITION, DemoEvents.RECOGNIZED, FIELDS_READ);
        EventSchemas.assertPromises(DemoEvents.RECOGNITION, DemoEvents.NOMINATED, FIELDS_READ);
        Set<String> verdictRead = EventSchemas.fieldsReadBy(VerdictWithReason.class);
        EventSchemas.assertPromises(DemoEvents.RECOGNITION, DemoEvents.RETURNED, verdictRead);
        EventSchemas.assertPromises(DemoEvents.RECOGNITION, DemoEvents.DECLINED, verdictRead);
    }
}
