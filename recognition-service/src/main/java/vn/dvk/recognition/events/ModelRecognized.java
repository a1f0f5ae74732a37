package vn.dvk.recognition.events;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.kit.domain.Level;
import vn.dvk.kit.domain.OrgPath;

/** {@value RecognitionEventTypes#MODEL_RECOGNIZED}: the committee at {@code level} recognised the model. */
public record ModelRecognized(
        UUID modelId,
        long sequence,
        String campaignId,
        Level level,
        OrgPath path,
        String decidedBy,
        OffsetDateTime occurredAt) {
}
