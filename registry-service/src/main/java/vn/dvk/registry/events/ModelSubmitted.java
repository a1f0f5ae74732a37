package vn.dvk.registry.events;

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
 * certificate names.
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
        OffsetDateTime submittedAt) {

    static ModelSubmitted of(MobilizationModel model) {
        return new ModelSubmitted(model.id, model.eventSequence, model.currentVersion, model.reviewLevel,
                model.campaignId, model.title, model.field, model.kind, model.ownerKind, model.ownerName, model.path,
                model.submittedAt);
    }
}
