package vn.dvk.recognition.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;

/**
 * {@value RecognitionEventTypes#MODEL_RECOGNIZED}: the committee at {@code level} recognised the model, by the
 * numbered decision named when there is one. It names the model version recognised: what the public may read of the
 * model is that version's text, not whatever the unit edits afterwards.
 */
public record ModelRecognized(
        UUID modelId,
        long sequence,
        String campaignId,
        Level level,
        int version,
        OrgPath path,
        String decidedBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) DecisionRef decision,
        OffsetDateTime occurredAt) {
}
