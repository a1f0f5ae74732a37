package vn.dvk.recognition.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.recognition.domain.Commendation;
import vn.dvk.recognition.domain.Decision;

/** A decision, the models it recognised and the commendations it awarded. */
public record DecisionView(
        UUID id,
        String number,
        LocalDate issuedOn,
        Level level,
        String issuerId,
        String issuerName,
        String signerName,
        String signerTitle,
        String legalBasis,
        Decision.Status status,
        List<UUID> modelIds,
        List<CommendationView> commendations,
        Revocation revocation,
        String createdBy,
        OffsetDateTime createdAt,
        long version) {

    public record CommendationView(UUID id, String form, Level level, Commendation.RecipientKind recipientKind,
            String recipientName, String unitId, UUID modelId, String achievement, Commendation.Status status) {
    }

    public record Revocation(String reason, String revokingNumber, String revokedBy, OffsetDateTime revokedAt) {
    }

    static DecisionView of(Decision d) {
        return new DecisionView(d.id, d.number, d.issuedOn, d.level, d.issuerOrgId, d.issuerName, d.signerName,
                d.signerTitle, d.legalBasis, d.status, d.modelIds(), d.commendations().stream()
                        .map(c -> new CommendationView(c.id, c.form, c.level, c.recipientKind, c.recipientName,
                                c.unitId, c.modelId, c.achievement, c.status)).toList(),
                d.status == Decision.Status.REVOKED
                        ? new Revocation(d.revocationReason, d.revokingNumber, d.revokedBy, d.revokedAt) : null,
                d.createdBy, d.createdAt, d.version);
    }
}
