package vn.dvk.reporting.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.OrgPath;

/**
 * What reporting reads of the registry's take-up events (nhân rộng): the registration (source's title and path,
 * the day taken up) and the result recorded later (its day).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReplicationEvent(UUID modelId, String campaignId, OrgPath path, UUID sourceModelId, String sourceTitle,
        OrgPath sourcePath, LocalDate takenUpOn, LocalDate resultOn) {

    boolean isCompleteRegistration() {
        return hasModels() && campaignId != null && path != null && path.hasEveryLevel() && sourceTitle != null
                && sourcePath != null && sourcePath.hasEveryLevel() && takenUpOn != null;
    }

    boolean isCompleteResult() {
        return hasModels() && resultOn != null && path != null && path.hasEveryLevel();
    }

    private boolean hasModels() {
        return modelId != null && sourceModelId != null;
    }
}
