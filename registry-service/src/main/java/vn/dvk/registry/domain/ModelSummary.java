package vn.dvk.registry.domain;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;

/**
 * A model as lists show it: enough to recognise it and see where it stands.
 *
 * @param relevance how well it matches the search text (higher is better); absent without search text
 */
public record ModelSummary(
        UUID id,
        String campaignId,
        String unitId,
        String unitName,
        String title,
        Field field,
        ModelKind kind,
        OwnerKind ownerKind,
        String ownerName,
        ModelStatus status,
        Level reviewLevel,
        Level recognizedLevel,
        int currentVersion,
        OffsetDateTime createdAt,
        OffsetDateTime submittedAt,
        OffsetDateTime updatedAt,
        Float relevance) {
}
