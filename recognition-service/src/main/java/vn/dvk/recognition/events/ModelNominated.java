package vn.dvk.recognition.events;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;

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
