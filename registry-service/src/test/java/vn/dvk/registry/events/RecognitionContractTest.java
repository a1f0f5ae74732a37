package vn.dvk.registry.events;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.EventSchemas;

/** What the registry reads of recognition's events is what recognition's schemas promise. */
@Tag("unit")
class RecognitionContractTest {

    private static final Set<String> FIELDS_READ = EventSchemas.fieldsReadBy(RecognitionOutcome.class);

    @Test
    void everyEventTypeTheRegistryFollowsCarriesWhatItReads() {
        // a recognition names its decision when a numbered decision made it
        EventSchemas.assertPromises(DemoEvents.RECOGNITION, DemoEvents.RECOGNIZED, FIELDS_READ, Set.of("decision"));
        Set<String> nominationRead = new HashSet<>(FIELDS_READ);
        nominationRead.remove("decision"); // only a recognition is made by a decision
        EventSchemas.assertPromises(DemoEvents.RECOGNITION, DemoEvents.NOMINATED, nominationRead);
        Set<String> verdictRead = EventSchemas.fieldsReadBy(VerdictWithReason.class);
        EventSchemas.assertPromises(DemoEvents.RECOGNITION, DemoEvents.RETURNED, verdictRead);
        EventSchemas.assertPromises(DemoEvents.RECOGNITION, DemoEvents.DECLINED, verdictRead);
        // recognizedLevel is null when no recognition still stands
        EventSchemas.assertPromises(DemoEvents.RECOGNITION, DemoEvents.REVOKED,
                EventSchemas.fieldsReadBy(RevokedRecognition.class), Set.of("recognizedLevel"));
    }
}
