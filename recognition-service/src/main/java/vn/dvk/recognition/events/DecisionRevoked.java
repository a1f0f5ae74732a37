package vn.dvk.recognition.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;

/**
 * {@value RecognitionEventTypes#DECISION_REVOKED}, keyed by decision id: the decision no longer stands; the
 * recognitions of the models named and the commendations named are reversed (each model also gets its
 * {@value RecognitionEventTypes#MODEL_REVOKED}).
 */
public record DecisionRevoked(
        UUID decisionId,
        long sequence,
        String number,
        Level level,
        String issuerId,
        IssuerPath path,
        String reason,
        String revokingNumber,
        List<UUID> modelIds,
        List<UUID> commendationIds,
        String revokedBy,
        OffsetDateTime occurredAt) {
}
