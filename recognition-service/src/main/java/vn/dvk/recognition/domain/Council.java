package vn.dvk.recognition.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;

/**
 * A council ("hội đồng") of an organisation's committee for a campaign's level: named members who score and
 * vote on each case, a quorum. Formed by the committee's admin, who may name a member to chair it; a member from
 * an organisation the model belongs to is recused from that model.
 */
@Entity
@Table(name = "council")
public class Council extends PanacheEntityBase {

    /** The share of the eligible members whose votes in favour recognition needs. */
    public static final int PERCENT_IN_FAVOUR_NEEDED = 70;

    @Id
    public UUID id;

    @Column(name = "campaign_id", nullable = false)
    public String campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int quorum;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "councilId", cascade = CascadeType.ALL)
    @OrderBy("fullName")
    public List<CouncilMember> members = new ArrayList<>();

    /** The council that judges the case at its current level, if its organisation formed one. */
    public static Optional<Council> judging(ReviewCase reviewCase) {
        return find("campaignId = ?1 and level = ?2 and organisationId = ?3", reviewCase.campaignId,
                reviewCase.level, reviewCase.reviewingOrgId()).firstResultOptional();
    }

    /** The member with this subject, as the council's records know them (recusal, tallies, minutes). */
    public Optional<CouncilMember> member(String sub) {
        return members.stream().filter(m -> m.sub.equals(sub)).findFirst();
    }

    /**
     * The seat of a caller: the member with the caller's subject, whose organisation is the one the caller's token
     * names now. A member moved to another organisation since they were seated holds no seat until seated again.
     */
    public Optional<CouncilMember> seatOf(String callerSub, String callerOrgId) {
        return members.stream().filter(m -> m.isCaller(callerSub, callerOrgId)).findFirst();
    }
}
