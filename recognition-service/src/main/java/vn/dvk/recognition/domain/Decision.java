package vn.dvk.recognition.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.kit.text.Text;

/**
 * A numbered decision ("quyết định", e.g. "125-QĐ/ĐUK") of an organisation's committee, recognising a batch of
 * cases at its level and awarding commendations, all or none. It may later be revoked, which reverses them.
 */
@Entity
@Table(name = "decision")
public class Decision extends PanacheEntityBase {

    /** ISSUED, then REVOKED for good. */
    public enum Status {
        ISSUED, REVOKED
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String number;

    /** The number as compared for uniqueness: NFC, trimmed, lower case. */
    @Column(name = "number_key", nullable = false)
    public String numberKey;

    @Column(name = "issuer_org_id", nullable = false)
    public String issuerOrgId;

    @Column(name = "issuer_name", nullable = false)
    public String issuerName;

    @Column(name = "province_id", nullable = false)
    public String provinceId;

    /** The issuer's bloc, for a decision of a base committee or of a bloc. */
    @Column(name = "bloc_id")
    public String blocId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "signer_name", nullable = false)
    public String signerName;

    @Column(name = "signer_title", nullable = false)
    public String signerTitle;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "revocation_reason")
    public String revocationReason;

    @Column(name = "revoking_number")
    public String revokingNumber;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "event_sequence", nullable = false)
    public long eventSequence;

    @Version
    public long version;

    /** Whether the organisation is the issuer or above it: who may read the decision. */
    public boolean isWithin(String orgId) {
        return orgId.equals(issuerOrgId) || orgId.equals(blocId) || orgId.equals(provinceId);
    }

    public static String numberKey(String number) {
        return Text.nfc(number).trim().toLowerCase(Locale.ROOT);
    }

    public static boolean numberTaken(String issuerOrgId, String number) {
        return count("issuerOrgId = ?1 and numberKey = ?2", issuerOrgId, numberKey(number)) > 0;
    }

    /** The models the decision recognised, in id order. */
    public List<UUID> modelIds() {
        return DecisionCase.<DecisionCase>list("decisionId = ?1 order by modelId", id).stream()
                .map(c -> c.modelId).toList();
    }

    public List<Commendation> commendations() {
        return Commendation.list("decisionId = ?1 order by id", id);
    }
}
