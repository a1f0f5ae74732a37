package vn.dvk.recognition.events;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;

/**
 * {@value RecognitionEventTypes#MODEL_RETURNED} (the committee at {@code level} sent the model back for revision)
 * and {@value RecognitionEventTypes#MODEL_DECLINED} (it declined to recognise it), with the reason the unit reads
 * and the version decided on.
 */
public record ModelVerdict(
        UUID modelId,
        long sequence,
        String campaignId,
        Level level,
        int version,
        OrgPath path,
        String reason,
        String decidedBy,
        OffsetDateTime occurredAt) {
}
