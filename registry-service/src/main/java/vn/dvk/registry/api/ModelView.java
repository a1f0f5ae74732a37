package vn.dvk.registry.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.registry.domain.ModelContent;
import vn.dvk.registry.domain.ModelStatus;

/**
 * A model as the API shows it: the unit's record ({@code content}, what an edit sends back) and where the model
 * stands. The {@code ETag} header names this state for {@code If-Match}.
 *
 * @param currentVersion the number of the last version a submission froze (0 before the first)
 * @param returnReason why reviewers sent it back, while it is RETURNED or after
 */
public record ModelView(
        UUID id,
        String unitId,
        OrgPath path,
        ModelStatus status,
        Level reviewLevel,
        Level recognizedLevel,
        int currentVersion,
        Level returnedLevel,
        String returnReason,
        OffsetDateTime returnedAt,
        String withdrawalReason,
        OffsetDateTime withdrawnAt,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime submittedAt,
        OffsetDateTime updatedAt,
        ModelContent content) {

    static ModelView of(MobilizationModel model) {
        return new ModelView(model.id, model.unitId, model.path, model.status, model.reviewLevel,
                model.recognizedLevel, model.currentVersion, model.returnedLevel, model.returnReason, model.returnedAt,
                model.withdrawalReason, model.withdrawnAt, model.createdBy, model.createdAt, model.submittedAt,
                model.updatedAt, model.content());
    }
}
