package vn.dvk.recognition.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.recognition.domain.Commendation;
import vn.dvk.recognition.domain.CommendationGrade;
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

    /**
     * @param grade null for a form without grades
     * @param gradeName the grade as printed ("Có thành tích xuất sắc"), null with the grade
     * @param awardingBody who awards it ("Ban Thường vụ Tỉnh ủy An Giang"), null for those awarded before it was kept
     */
    public record CommendationView(UUID id, String form, CommendationGrade grade, String gradeName,
            String awardingBody, Level level, Commendation.RecipientKind recipientKind, String recipientName,
            String unitId, UUID modelId, String achievement, Commendation.Status status) {

        static CommendationView of(Commendation c) {
            return new CommendationView(c.id, c.form, c.grade, c.grade == null ? null : c.grade.label(),
                    c.awardingBody, c.level, c.recipientKind, c.recipientName, c.unitId, c.modelId, c.achievement,
                    c.status);
        }
    }

    public record Revocation(String reason, String revokingNumber, String revokedBy, OffsetDateTime revokedAt) {
    }

    static DecisionView of(Decision d) {
        return new DecisionView(d.id, d.number, d.issuedOn, d.level, d.issuerOrgId, d.issuerName, d.signerName,
                d.signerTitle, d.legalBasis, d.status, d.modelIds(), d.commendations().stream()
                        .map(CommendationView::of).toList(),
                d.status == Decision.Status.REVOKED
                        ? new Revocation(d.revocationReason, d.revokingNumber, d.revokedBy, d.revokedAt) : null,
                d.createdBy, d.createdAt, d.version);
    }
}
