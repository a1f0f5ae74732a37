package vn.dvk.registry.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;

/**
 * What the registry reads of {@code dvk.recognition.model.revoked.v1}: the recognition at {@code level} (and any
 * above it) was revoked by the decision named, why, and the highest recognition still standing (null when none).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RevokedRecognition(UUID modelId, Level level, Level recognizedLevel,
        RecognitionOutcome.DecisionNumber decision, String reason, OffsetDateTime occurredAt) {

    boolean isComplete() {
        return modelId != null && level != null && decision != null && decision.number() != null && reason != null
                && !reason.isBlank() && occurredAt != null;
    }
}
