package vn.dvk.recognition.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;

/**
 * {@value RecognitionEventTypes#DECISION_ISSUED}, keyed by decision id: the decision, the models it recognised at
 * its level and the commendations it awarded (each also has its own event, keyed by model).
 */
public record DecisionIssued(
        UUID decisionId,
        long sequence,
        String number,
        LocalDate issuedOn,
        Level level,
        String issuerId,
        String issuerName,
        IssuerPath path,
        String signerName,
        String signerTitle,
        String legalBasis,
        List<UUID> modelIds,
        List<UUID> commendationIds,
        String issuedBy,
        OffsetDateTime occurredAt) {
}
