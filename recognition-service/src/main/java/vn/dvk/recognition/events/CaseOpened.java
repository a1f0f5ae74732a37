package vn.dvk.recognition.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;

/**
 * {@value RecognitionEventTypes#CASE_OPENED}: a submitted model's case opened at base level; {@code levels} is the
 * chain it may climb (the path's levels the campaign uses).
 */
public record CaseOpened(
        UUID modelId,
        long sequence,
        String campaignId,
        Level level,
        List<Level> levels,
        int version,
        OrgPath path,
        OffsetDateTime occurredAt) {
}
