package vn.dvk.registry.events;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.registry.domain.MobilizationModel;

/** {@value RegistryEventTypes#MODEL_WITHDRAWN}: the unit took the model back; it leaves every review queue. */
public record ModelWithdrawn(
        UUID modelId,
        long sequence,
        int version,
        OrgPath path,
        String reason,
        OffsetDateTime withdrawnAt) {

    static ModelWithdrawn of(MobilizationModel model) {
        return new ModelWithdrawn(model.id, model.eventSequence, model.currentVersion, model.path,
                model.withdrawalReason, model.withdrawnAt);
    }
}
