package vn.dvk.recognition.events;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;

/**
 * {@value RecognitionEventTypes#MODEL_REVOKED}: the decision recognising the model at {@code level} was revoked;
 * that recognition and any above it no longer stand, and the case is closed. {@code recognizedLevel} is the
 * highest recognition that still stands (absent when none does). Published per model, in the model's sequence, so
 * that a consumer of model events follows a revocation in order with everything else of the model; the
 * decision's own {@value RecognitionEventTypes#DECISION_REVOKED} covers the decision as a whole.
 */
public record ModelRevoked(
        UUID modelId,
        long sequence,
        String campaignId,
        Level level,
        Level recognizedLevel,
        DecisionRef decision,
        String reason,
        String revokingNumber,
        OrgPath path,
        String decidedBy,
        OffsetDateTime occurredAt) {
}
