package vn.dvk.registry.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.registry.domain.Field;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.registry.domain.ModelKind;
import vn.dvk.registry.domain.OwnerKind;

/**
 * {@value RegistryEventTypes#MODEL_SUBMITTED} (a unit handed a model to its base committee) and
 * {@value RegistryEventTypes#MODEL_RESUBMITTED} (handed it back, revised, to the level that returned it). The
 * version names what reviewers decide on; the owner's name is the person's for an individual, whom an exemplar's
 * certificate names. A submission a history import recorded names the import: recognition opens no case under
 * review for it, the history-recorded event that follows says what became of it.
 */
public record ModelSubmitted(
        UUID modelId,
        long sequence,
        int version,
        Level level,
        String campaignId,
        String title,
        Field field,
        ModelKind kind,
        OwnerKind ownerKind,
        String ownerName,
        OrgPath path,
        OffsetDateTime submittedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String importId) {

    static ModelSubmitted of(MobilizationModel model) {
        return of(model, null);
    }

    /** @param importId the history import that recorded a past submission; null for a live one */
    static ModelSubmitted of(MobilizationModel model, String importId) {
        return new ModelSubmitted(model.id, model.eventSequence, model.currentVersion, model.reviewLevel,
                model.campaignId, model.title, model.field, model.kind, model.ownerKind, model.ownerName, model.path,
                model.submittedAt, importId);
    }
}
