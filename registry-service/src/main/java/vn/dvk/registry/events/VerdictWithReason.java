package vn.dvk.registry.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;

/**
 * What the registry reads of {@code dvk.recognition.model.returned.v1} and {@code …declined.v1}: reviewers at a
 * level sent the model back for revision, or declined it, and why. It ignores the other fields, so the producer
 * can add fields freely.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerdictWithReason(UUID modelId, Level level, String reason, OffsetDateTime occurredAt) {

    boolean isComplete() {
        return modelId != null && level != null && reason != null && !reason.isBlank() && occurredAt != null;
    }
}
