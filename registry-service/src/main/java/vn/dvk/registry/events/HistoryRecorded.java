package vn.dvk.registry.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;

/**
 * {@value RegistryEventTypes#MODEL_HISTORY_RECORDED}: what became of a model a history import recorded — the
 * numbered decisions that recognised it at each level or commended it, oldest first. It follows the model's
 * past submission in the model's sequence; recognition records the case, the decisions and the commendations from
 * it and publishes its own events stamped with the decisions' days.
 *
 * @param levels the levels the model's campaign recognises at, from the base up
 * @param version the version the past submission froze (1)
 */
public record HistoryRecorded(
        UUID modelId,
        long sequence,
        String importId,
        String campaignId,
        List<Level> levels,
        int version,
        String title,
        String field,
        String kind,
        OrgPath path,
        OffsetDateTime submittedAt,
        List<PastDecision> decisions) {

    /**
     * One decision as it touched the model.
     *
     * @param issuedAt the instant recognition stamps the decision's events with: its day, in the province's morning
     * @param recognises whether the decision recognised the model at its level (else it only commended it)
     * @param parts how many models the decision touched in all: recognition publishes the decision once it has
     *     recorded every one of them
     */
    public record PastDecision(
            String number,
            LocalDate issuedOn,
            OffsetDateTime issuedAt,
            Level level,
            String issuerId,
            String signerName,
            String signerTitle,
            boolean recognises,
            int parts,
            List<PastCommendation> commendations) {
    }

    /** A commendation the decision awarded for the model. */
    public record PastCommendation(
            String form,
            @JsonInclude(JsonInclude.Include.NON_NULL) String grade,
            String recipientKind,
            String recipientName,
            String achievement) {
    }
}
