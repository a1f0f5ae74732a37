package vn.dvk.recognition.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.OrgPath;

/**
 * What recognition reads of the registry's {@code dvk.registry.model.submitted.v1} and {@code …resubmitted.v1};
 * other fields are ignored. {@code importId} names the history import that recorded a past submission.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubmittedModel(UUID modelId, int version, String campaignId, String title, String field, String kind,
        String ownerKind, String ownerName, OrgPath path, String importId) {

    private static final String INDIVIDUAL = "INDIVIDUAL";

    /** The person the model is of, whom its certificate names; null for a collective or when not named. */
    String person() {
        return INDIVIDUAL.equals(ownerKind) && ownerName != null && !ownerName.isBlank() ? ownerName.strip() : null;
    }

    boolean isComplete() {
        return modelId != null && version > 0 && campaignId != null && title != null && field != null && kind != null
                && path != null && path.hasEveryLevel();
    }
}
