package vn.dvk.recognition.events;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.kit.domain.Level;
import vn.dvk.kit.domain.OrgPath;

/**
 * {@value RecognitionEventTypes#MODEL_NOMINATED}: the committee at {@code fromLevel} nominated the model, now
 * under review at {@code level}.
 */
public record ModelNominated(
        UUID modelId,
        long sequence,
        String campaignId,
        Level fromLevel,
        Level level,
        OrgPath path,
        String decidedBy,
        OffsetDateTime occurredAt) {
}
