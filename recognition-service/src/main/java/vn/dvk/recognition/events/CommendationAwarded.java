package vn.dvk.recognition.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.recognition.domain.CommendationGrade;

/**
 * {@value RecognitionEventTypes#COMMENDATION_AWARDED}: keyed by the model's id when the commendation is for a
 * model (in the model's sequence), else by the commendation's own id (sequence 1). The grade (of a graded form) and
 * the awarding body came later: consumers read the events before them without.
 */
public record CommendationAwarded(
        UUID commendationId,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID modelId,
        long sequence,
        DecisionRef decision,
        String form,
        String formName,
        @JsonInclude(JsonInclude.Include.NON_NULL) CommendationGrade grade,
        @JsonInclude(JsonInclude.Include.NON_NULL) String gradeName,
        String awardingBody,
        Level level,
        String recipientKind,
        String recipientName,
        String achievement,
        OrgPath path,
        OffsetDateTime occurredAt) {
}
