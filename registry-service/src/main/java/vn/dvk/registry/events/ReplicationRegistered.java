package vn.dvk.registry.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.registry.domain.ModelReplication;

/**
 * {@value RegistryEventTypes#MODEL_REPLICATION_REGISTERED}: the model (key) takes up a recognised model of another
 * unit from a day. Both paths travel with it, so a report counts it under the taking unit's organisations and the
 * source's without asking the registry.
 */
public record ReplicationRegistered(
        UUID modelId,
        long sequence,
        String campaignId,
        OrgPath path,
        UUID sourceModelId,
        String sourceTitle,
        OrgPath sourcePath,
        Level sourceRecognizedLevel,
        LocalDate takenUpOn,
        OffsetDateTime registeredAt) {

    static ReplicationRegistered of(MobilizationModel model, MobilizationModel source, ModelReplication link) {
        return new ReplicationRegistered(model.id, model.eventSequence, model.campaignId, model.path, source.id,
                source.title, source.path, source.recognizedLevel, link.takenUpOn, link.registeredAt);
    }
}
