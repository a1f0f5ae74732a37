package vn.dvk.recognition.events;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.EventSchemas;

/** What recognition reads of a submission is what the registry's schema promises. */
@Tag("unit")
class RegistryContractTest {

    @Test
    void aSubmissionCarriesEverythingACaseIsOpenedFrom() {
        EventSchemas.assertPromises(DemoEvents.REGISTRY, DemoEvents.SUBMITTED,
                EventSchemas.fieldsReadBy(SubmittedModel.class));
    }

    @Test
    void aWithdrawalNamesTheModelWhoseCaseCloses() {
        EventSchemas.assertPromises(DemoEvents.REGISTRY, DemoEvents.WITHDRAWN,
                EventSchemas.fieldsReadBy(WithdrawnModel.class));
    }
}
