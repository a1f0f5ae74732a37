package vn.dvk.reporting.events;

import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.EventSchemas;

/** The fields the projection reads of each event type are promised by its producer's schema. */
@Tag("unit")
class ProducerContractTest {

    private static final Set<String> IDENTITY = Set.of("modelId", "sequence", "campaignId", "path");

    @Test
    void submissionsCarryTheTimeOfSubmission() {
        EventSchemas.assertPromises(DemoEvents.REGISTRY, DemoEvents.SUBMITTED, IDENTITY);
        EventSchemas.assertPromises(DemoEvents.REGISTRY, DemoEvents.SUBMITTED, Set.of("submittedAt", "version", "title"));
        EventSchemas.assertPromises(DemoEvents.REGISTRY, DemoEvents.RESUBMITTED, Set.of("version", "title"));
    }

    @Test
    void recognitionsCarryTheLevelAndTime() {
        EventSchemas.assertPromises(DemoEvents.RECOGNITION, DemoEvents.RECOGNIZED, IDENTITY);
        EventSchemas.assertPromises(DemoEvents.RECOGNITION, DemoEvents.RECOGNIZED, Set.of("level", "occurredAt"));
        // the version recognised is read when present: recognitions published before it was added lack it
        EventSchemas.assertPromises(DemoEvents.RECOGNITION, DemoEvents.RECOGNIZED, Set.of("version"), Set.of("version"));
        EventSchemas.assertPromises(DemoEvents.RECOGNITION, DemoEvents.NOMINATED, IDENTITY);
        EventSchemas.assertPromises(DemoEvents.RECOGNITION, DemoEvents.REVOKED, IDENTITY);
        EventSchemas.assertPromises(DemoEvents.RECOGNITION, DemoEvents.REVOKED, Set.of("level"));
    }

    @Test
    void commendationsCarryTheirFormAndMayCarryAGrade() {
        // the grade is read when present: a form without grades, and every commendation awarded before grades
        // were recorded, has none
        EventSchemas.assertPromises(DemoEvents.RECOGNITION, "dvk.recognition.commendation.awarded.v1",
                EventSchemas.fieldsReadBy(CommendationEvent.class), Set.of("grade"));
    }

    @Test
    void takeUpsCarryBothPathsAndTheirDays() {
        String registered = "dvk.registry.model.replication-registered.v1";
        EventSchemas.assertPromises(DemoEvents.REGISTRY, registered, IDENTITY);
        EventSchemas.assertPromises(DemoEvents.REGISTRY, registered,
                Set.of("sourceModelId", "sourceTitle", "sourcePath", "takenUpOn"));
        EventSchemas.assertPromises(DemoEvents.REGISTRY, "dvk.registry.model.replication-result-recorded.v1",
                Set.of("modelId", "sequence", "path", "sourceModelId", "resultOn"));
    }

    /** Every change of an organisation carries its lineage and the organisation, whose issuer (optional) is read. */
    @Test
    void organisationChangesCarryTheLineageAndTheOrganisation() {
        for (String change : new String[] {"created", "renamed", "moved", "deactivated", "reactivated"}) {
            EventSchemas.assertPromises(DemoEvents.REGISTRY, "dvk.registry.organisation." + change + ".v1",
                    EventSchemas.fieldsReadBy(OrganisationChanged.class));
        }
    }
}
