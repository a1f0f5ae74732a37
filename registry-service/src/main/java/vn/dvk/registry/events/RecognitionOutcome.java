package vn.dvk.registry.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;

/**
 * What the registry reads of the recognition service's events: whose model, at which level, when (the inbox reads
 * the sequence). It keeps its own record of the fields it needs and ignores the rest, so the producer can add
 * fields freely.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecognitionOutcome(UUID modelId, Level level, DecisionNumber decision, OffsetDateTime occurredAt) {

    /** The numbered decision a recognition rests on, when it has one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DecisionNumber(String number) {
    }

    boolean isComplete() {
        return modelId != null && level != null && occurredAt != null;
    }
}
