package vn.dvk.recognition.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.recognition.certificates.Certificate;

/**
 * A certificate: what it is for, and its signed token (what its QR code carries; anyone may verify it at
 * {@code /api/v1/certificates/verification?token=…}).
 */
public record CertificateView(UUID id, Certificate.Kind kind, UUID decisionId, UUID modelId, UUID commendationId,
        Level level, String keyId, String token, OffsetDateTime issuedAt) {

    static CertificateView of(Certificate c) {
        return new CertificateView(c.id, c.kind, c.decisionId, c.modelId, c.commendationId, c.level, c.keyId, c.token,
                c.issuedAt);
    }
}
