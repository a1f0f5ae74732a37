package vn.dvk.registry.events;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.kit.domain.OrgPath;
import vn.dvk.registry.domain.Field;
import vn.dvk.registry.domain.ModelKind;
import vn.dvk.registry.domain.OwnerKind;

/** {@value RegistryEventTypes#MODEL_SUBMITTED}: a unit handed a model to its base committee for recognition. */
public record ModelSubmitted(
        UUID modelId,
        long sequence,
        String campaignId,
        String title,
        Field field,
        ModelKind kind,
        OwnerKind ownerKind,
        OrgPath path,
        OffsetDateTime submittedAt) {
}
