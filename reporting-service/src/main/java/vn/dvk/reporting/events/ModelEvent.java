package vn.dvk.reporting.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;

/**
 * What reporting reads of either producer's model events; fields it does not need are ignored, and those an event
 * type does not carry stay null.
 *
 * @param version the version a submission froze, or the one a recognition rests on (absent from recognitions
 *     published before they named it)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelEvent(UUID modelId, String campaignId, OrgPath path, Level level, Level fromLevel,
        Level recognizedLevel, String title, String field, String kind, String ownerKind, Content content,
        Decision decision, Integer version, OffsetDateTime submittedAt, OffsetDateTime withdrawnAt,
        OffsetDateTime changedAt, OffsetDateTime occurredAt) {

    /** A draft's or an edit's content (the registry's drafted and updated events). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Content(String campaignId, String kind, String field, String ownerKind, String title, String summary,
            UUID replicatesModelId) {
    }

    /** The numbered decision a recognition rests on. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decision(UUID decisionId, String number, LocalDate issuedOn) {
    }

    boolean hasModelAndPath() {
        return modelId != null && path != null && path.hasEveryLevel();
    }

    boolean isComplete() {
        return hasModelAndPath() && campaignId != null;
    }
}
