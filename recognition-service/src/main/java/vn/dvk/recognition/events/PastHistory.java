package vn.dvk.recognition.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;

/**
 * What recognition reads of the registry's {@code dvk.registry.model.history-recorded.v1}: a model of a past cycle
 * and the decisions that recognised or commended it, oldest first.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PastHistory(UUID modelId, String importId, String campaignId, List<Level> levels, int version,
        String title, String field, String kind, OrgPath path, OffsetDateTime submittedAt,
        List<PastDecision> decisions) {

    /** One decision as it touched the model; {@code parts}: how many models it touched in all. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PastDecision(String number, LocalDate issuedOn, OffsetDateTime issuedAt, Level level,
            String issuerId, String signerName, String signerTitle, boolean recognises, int parts,
            List<PastCommendation> commendations) {

        boolean isComplete() {
            return number != null && issuedOn != null && issuedAt != null && level != null && issuerId != null
                    && signerName != null && signerTitle != null && parts > 0 && commendations != null
                    && commendations.stream().allMatch(c -> c != null && c.isComplete());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PastCommendation(String form, String grade, String recipientKind, String recipientName,
            String achievement) {

        boolean isComplete() {
            return form != null && recipientKind != null && recipientName != null && achievement != null;
        }
    }

    boolean isComplete() {
        return modelId != null && importId != null && campaignId != null && levels != null && !levels.isEmpty()
                && version > 0 && title != null && field != null && kind != null && path != null
                && path.hasEveryLevel() && submittedAt != null && decisions != null
                && decisions.stream().allMatch(d -> d != null && d.isComplete());
    }
}
