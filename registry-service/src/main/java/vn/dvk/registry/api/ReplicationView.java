package vn.dvk.registry.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgRef;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.registry.domain.ModelReplication;

/**
 * A take-up (nhân rộng): the taking unit's model, the recognised model it takes up, the committee that recognised
 * that one, from which day, and what came of it.
 */
public record ReplicationView(UUID modelId, String modelTitle, OrgRef unit, UUID sourceModelId, String sourceTitle,
        OrgRef sourceUnit, Level sourceRecognizedLevel, OrgRef recognisedBy, LocalDate takenUpOn, String result,
        LocalDate resultOn, String registeredBy, OffsetDateTime registeredAt) {

    static ReplicationView of(ModelReplication link) {
        MobilizationModel model = MobilizationModel.findById(link.modelId);
        MobilizationModel source = MobilizationModel.findById(link.sourceModelId);
        Level level = source.isRecognised() ? source.recognizedLevel : null;
        return new ReplicationView(model.id, model.title, model.path.unit(), source.id, source.title,
                source.path.unit(), level, level == null ? null : source.path.at(level), link.takenUpOn,
                link.result, link.resultOn, link.registeredBy, link.registeredAt);
    }
}
