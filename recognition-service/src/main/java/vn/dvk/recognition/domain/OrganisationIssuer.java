package vn.dvk.recognition.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * How a deciding organisation heads and signs its documents, as the registry last published it: its committee
 * ("Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh"), the body that decides ("Ban Thường vụ Đảng ủy Khối…"), the
 * line over the signature ("T/M BAN THƯỜNG VỤ"), the usual signer's title and the place of the date line.
 */
@Entity
@Table(name = "organisation_issuer")
public class OrganisationIssuer extends PanacheEntityBase {

    @Id
    @Column(name = "org_id")
    public String orgId;

    @Column(name = "province_id", nullable = false)
    public String provinceId;

    @Column(nullable = false)
    public String committee;

    @Column(name = "deciding_body", nullable = false)
    public String decidingBody;

    @Column(name = "on_behalf_of", nullable = false)
    public String onBehalfOf;

    @Column(name = "signer_title", nullable = false)
    public String signerTitle;

    /** Null: the place follows from the province's name. */
    public String place;

    public static Optional<OrganisationIssuer> of(String orgId) {
        return orgId == null ? Optional.empty() : findByIdOptional(orgId);
    }

    /** Keeps what the organisation's last event says: its issuer's names, or none when it records none. */
    public static void record(String orgId, String provinceId, OrganisationIssuer names) {
        OrganisationIssuer stored = findById(orgId);
        if (names == null) {
            if (stored != null) {
                stored.delete();
            }
            return;
        }
        OrganisationIssuer issuer = stored != null ? stored : new OrganisationIssuer();
        issuer.orgId = orgId;
        issuer.provinceId = provinceId;
        issuer.committee = names.committee;
        issuer.decidingBody = names.decidingBody;
        issuer.onBehalfOf = names.onBehalfOf;
        issuer.signerTitle = names.signerTitle;
        issuer.place = names.place;
        if (stored == null) {
            issuer.persist();
        }
    }
}
