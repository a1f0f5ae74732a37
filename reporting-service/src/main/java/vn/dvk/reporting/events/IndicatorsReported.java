package vn.dvk.reporting.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import vn.dvk.contracts.vocabulary.OrgRef;

/** A unit's figures for a month, reported or corrected (the registry's indicators-reported event). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IndicatorsReported(String organisationId, YearMonth period, Integer directiveDocuments,
        Integer dialogues, Integer complaintsReceived, Integer complaintsResolved, Integer version,
        List<OrgRef> lineage, OffsetDateTime reportedAt) {

    boolean isComplete() {
        return organisationId != null && period != null && version != null && reportedAt != null && lineage != null
                && !lineage.isEmpty() && lineage.stream().allMatch(o -> o != null && o.id() != null)
                && valid(directiveDocuments) && valid(dialogues) && valid(complaintsReceived)
                && valid(complaintsResolved) && complaintsResolved <= complaintsReceived;
    }

    private static boolean valid(Integer count) {
        return count != null && count >= 0;
    }
}
