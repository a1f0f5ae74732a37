package vn.dvk.recognition.certificates;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;

/** A certificate issued with a decision: its signed token, and what it certifies. */
@Entity
@Table(name = "certificate")
public class Certificate extends PanacheEntityBase {

    public enum Kind {
        RECOGNITION, COMMENDATION
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "decision_id", nullable = false)
    public UUID decisionId;

    @Column(name = "model_id")
    public UUID modelId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Column(name = "commendation_id")
    public UUID commendationId;

    /** What its QR code carries: see {@link CertificateToken}. */
    @Column(nullable = false)
    public String token;

    /** What it certifies, exactly as signed: the canonical JSON of its {@link CertificateContent}. */
    @Column(name = "signed_content", nullable = false)
    public String signedContent;

    @Column(name = "key_id", nullable = false)
    public String keyId;

    /** Ed25519 over the signed content's UTF-8 bytes, base64url. */
    @Column(nullable = false)
    public String signature;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    public static List<Certificate> ofModel(UUID modelId) {
        return list("modelId = ?1 order by issuedAt, id", modelId);
    }

    public static List<Certificate> ofDecision(UUID decisionId) {
        return list("decisionId = ?1 order by id", decisionId);
    }
}
