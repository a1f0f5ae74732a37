package vn.dvk.recognition.events;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.EventSchemas;

/** What recognition reads of the registry's model and organisation events is what its schemas promise. */
@Tag("unit")
class RegistryContractTest {

    /**
     * The owner's name came after v1: declared, read when present (a person's certificate names them). Only a first
     * submission can come from a history import; a resubmission never names one.
     */
    @Test
    void aSubmissionCarriesEverythingACaseIsOpenedFrom() {
        EventSchemas.assertPromises(DemoEvents.REGISTRY, DemoEvents.SUBMITTED,
                EventSchemas.fieldsReadBy(SubmittedModel.class), Set.of("ownerName", "importId"));
        Set<String> readOfAResubmission = new HashSet<>(EventSchemas.fieldsReadBy(SubmittedModel.class));
        readOfAResubmission.remove("importId");
        EventSchemas.assertPromises(DemoEvents.REGISTRY, DemoEvents.RESUBMITTED, readOfAResubmission,
                Set.of("ownerName"));
    }

    /** A past submission names its import; what became of the model comes whole in the event that follows. */
    @Test
    void aPastModelsHistoryCarriesEverythingItsCaseAndDecisionsAreRecordedFrom() {
        EventSchemas.assertPromises(DemoEvents.REGISTRY, RegistryEventsConsumer.MODEL_HISTORY_RECORDED,
                EventSchemas.fieldsReadBy(PastHistory.class));
    }

    @Test
    void aWithdrawalNamesTheModelWhoseCaseCloses() {
        EventSchemas.assertPromises(DemoEvents.REGISTRY, DemoEvents.WITHDRAWN,
                EventSchemas.fieldsReadBy(WithdrawnModel.class));
    }

    /** The start date itself may be absent (a draft need not have one yet): only the content is promised. */
    @Test
    void aDraftOrAnUpdateCarriesTheContentTheStartDateIsReadFrom() {
        for (String type : new String[] {RegistryEventsConsumer.MODEL_DRAFTED, RegistryEventsConsumer.MODEL_UPDATED}) {
            EventSchemas.assertPromises(DemoEvents.REGISTRY, type, EventSchemas.fieldsReadBy(ModelStarted.class));
        }
    }

    /** Every change of an organisation carries it as it now stands, whose issuer (optional) recognition keeps. */
    @Test
    void everyOrganisationChangeCarriesTheOrganisationItsIssuerIsReadFrom() {
        for (String change : new String[] {"created", "renamed", "moved", "deactivated", "reactivated"}) {
            EventSchemas.assertPromises(DemoEvents.REGISTRY, "dvk.registry.organisation." + change + ".v1",
                    EventSchemas.fieldsReadBy(OrganisationChanged.class));
        }
    }
}
