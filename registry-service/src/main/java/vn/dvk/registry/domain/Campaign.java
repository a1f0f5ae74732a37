package vn.dvk.registry.domain;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.dvk.contracts.vocabulary.Level;

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

    @Column(name = "province_id", nullable = false)
    public String provinceId;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    /** The last day a unit may register (draft or first submit) a model in the campaign. */
    @Column(name = "registration_deadline", nullable = false)
    public LocalDate registrationDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignStatus status = CampaignStatus.DRAFT;

    /** One per level the campaign uses, from the base level up. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "review_windows", nullable = false)
    public List<ReviewWindow> reviewWindows;

    /** The sequence of its last event on {@code registry.campaign-events}. */
    @Column(name = "event_sequence", nullable = false)
    public long eventSequence;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    /** Campaigns launched by the organisation or one above it, in the given statuses: those its members take part in. */
    public static List<Campaign> launchedAbove(Organisation organisation, List<CampaignStatus> statuses) {
        return list("organisationId in ?1 and status in ?2 order by startsOn desc, id",
                organisation.lineage().stream().map(org -> org.id).toList(), statuses);
    }

    public static List<Campaign> ofProvince(String provinceId) {
        return list("provinceId = ?1 order by startsOn desc, id", provinceId);
    }

    public boolean isOpenTo(Organisation organisation) {
        return organisation.lineage().stream().anyMatch(org -> org.id.equals(organisationId));
    }

    /** Whether a unit may register a model on the day: the campaign is open, the day within its registration period. */
    public boolean takesRegistrationsOn(LocalDate day) {
        return status == CampaignStatus.OPEN && !day.isBefore(startsOn) && !day.isAfter(registrationDeadline);
    }

    public List<Level> levels() {
        return reviewWindows.stream().map(ReviewWindow::level).toList();
    }

    public CampaignDefinition definition() {
        return new CampaignDefinition(id, movement, name, organisationId, startsOn, endsOn, registrationDeadline,
                reviewWindows);
    }

    void define(CampaignDefinition definition) {
        movement = definition.movement();
        name = definition.name();
        startsOn = definition.startsOn();
        endsOn = definition.endsOn();
        registrationDeadline = definition.registrationDeadline();
        reviewWindows = definition.reviewWindows();
    }

    /** Advances the event sequence, changed {@code at}; returns the sequence of the event that reports the change being made. */
    long nextEventSequence(OffsetDateTime at) {
        updatedAt = at;
        return ++eventSequence;
    }
}
