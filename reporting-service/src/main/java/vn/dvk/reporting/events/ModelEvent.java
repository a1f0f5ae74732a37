package vn.dvk.reporting.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.kit.domain.Level;
import vn.dvk.kit.domain.OrgPath;

/**
 * What reporting reads of either producer's model events; fields it does not need are ignored, and those
 * one producer does not send stay null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelEvent(UUID modelId, String campaignId, OrgPath path, Level level,
        OffsetDateTime submittedAt, OffsetDateTime occurredAt) {

    boolean isComplete() {
        return modelId != null && campaignId != null && path != null && path.hasEveryLevel();
    }
}
