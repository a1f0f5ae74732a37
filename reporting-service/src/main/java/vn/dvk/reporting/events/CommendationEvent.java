package vn.dvk.reporting.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;

/**
 * What reporting reads of {@code dvk.recognition.commendation.awarded.v1}.
 *
 * @param grade how the commendation rates the achievement; absent for a form without grades and from the events
 *     published before grades were
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommendationEvent(UUID commendationId, String form, String grade, Level level, String recipientKind,
        OrgPath path, OffsetDateTime occurredAt) {

    boolean isComplete() {
        return commendationId != null && form != null && level != null && recipientKind != null && path != null
                && path.hasEveryLevel() && occurredAt != null;
    }
}
