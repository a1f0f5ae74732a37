package vn.dvk.registry.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.registry.domain.ModelReplication;

/**
 * {@value RegistryEventTypes#MODEL_REPLICATION_RESULT_RECORDED}: the unit recorded (or corrected) what came of the
 * model (key) taking up the source model.
 */
public record ReplicationResultRecorded(
        UUID modelId,
        long sequence,
        OrgPath path,
        UUID sourceModelId,
        String result,
        LocalDate resultOn,
        OffsetDateTime recordedAt) {

    static ReplicationResultRecorded of(MobilizationModel model, ModelReplication link) {
        return new ReplicationResultRecorded(model.id, model.eventSequence, model.path, link.sourceModelId,
                link.result, link.resultOn, link.updatedAt);
    }
}
