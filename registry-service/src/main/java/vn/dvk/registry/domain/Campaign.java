package vn.dvk.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

/** A campaign ("đợt / giai đoạn thi đua") of a movement, launched by an organisation for a period. */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

    @Id
    public String id;

    /** The movement's code: DVK, DVK_NEW_RURAL, … */
    @Column(nullable = false)
    public String movement;

    @Column(nullable = false)
    public String name;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    /** Campaigns launched by the organisation or one above it: those its members take part in. */
    public static List<Campaign> openTo(Organisation organisation) {
        return list("organisationId in ?1 order by startsOn desc, id",
                organisation.lineage().stream().map(org -> org.id).toList());
    }

    public boolean isOpenTo(Organisation organisation) {
        return organisation.lineage().stream().anyMatch(org -> org.id.equals(organisationId));
    }
}
