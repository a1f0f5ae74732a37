package vn.dvk.registry.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.kit.domain.Level;
import vn.dvk.registry.domain.Field;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.registry.domain.ModelKind;
import vn.dvk.registry.domain.ModelStatus;
import vn.dvk.registry.domain.OwnerKind;

/** A model as the API shows it. */
public record ModelView(
        UUID id,
        String campaignId,
        String unitId,
        String title,
        String summary,
        Field field,
        ModelKind kind,
        OwnerKind ownerKind,
        ModelStatus status,
        Level reviewLevel,
        Level recognizedLevel,
        OffsetDateTime createdAt,
        OffsetDateTime submittedAt,
        OffsetDateTime updatedAt) {

    static ModelView of(MobilizationModel model) {
        return new ModelView(model.id, model.campaignId, model.unitId, model.title, model.summary, model.field,
                model.kind, model.ownerKind, model.status, model.reviewLevel, model.recognizedLevel, model.createdAt,
                model.submittedAt, model.updatedAt);
    }
}
