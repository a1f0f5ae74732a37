package vn.dvk.registry.events;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.registry.domain.ModelContent;
import vn.dvk.registry.domain.ModelStatus;

/**
 * {@value RegistryEventTypes#MODEL_DRAFTED} (a unit started a model's record) and
 * {@value RegistryEventTypes#MODEL_UPDATED} (it edited the record, as a draft or after a return).
 */
public record ModelContentChanged(
        UUID modelId,
        long sequence,
        ModelStatus status,
        String unitId,
        OrgPath path,
        ModelContent content,
        OffsetDateTime changedAt) {

    static ModelContentChanged of(MobilizationModel model) {
        return new ModelContentChanged(model.id, model.eventSequence, model.status, model.unitId, model.path,
                model.content(), model.updatedAt);
    }
}
