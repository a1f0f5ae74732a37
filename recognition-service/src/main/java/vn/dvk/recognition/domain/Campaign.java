package vn.dvk.recognition.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dvk.contracts.vocabulary.Level;

/**
 * A campaign as the registry publishes it: the levels it uses and the review window of each. A case of a campaign
 * recognition has not heard of yet climbs all three levels and has no window.
 */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "province_id", nullable = false)
    public String provinceId;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String status;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "campaignId", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("level")
    public List<ReviewWindow> reviewWindows = new ArrayList<>();

    /**
     * Whether an organisation belongs to the campaign's province: the province itself, or an organisation on the
     * path of one of its cases (recognition knows the tree only through the paths of submitted models).
     */
    public boolean isVisibleTo(String orgId) {
        return provinceId.equals(orgId) || ReviewCase.count("provinceId = ?1 and (blocId = ?2 or baseId = ?2 or unitId = ?2)",
                provinceId, orgId) > 0;
    }

    /** The levels a case of the campaign climbs through, base first. */
    /** The campaign's name as printed, or its id when recognition has not heard of it. */
    public static String nameOf(String campaignId) {
        Campaign campaign = findById(campaignId);
        return campaign == null ? campaignId : campaign.name;
    }

    public static Set<Level> levelsOf(String campaignId) {
        Campaign campaign = findById(campaignId);
        if (campaign == null || campaign.reviewWindows.isEmpty()) {
            return EnumSet.allOf(Level.class);
        }
        Set<Level> levels = EnumSet.noneOf(Level.class);
        campaign.reviewWindows.forEach(w -> levels.add(w.level));
        return levels;
    }

    /** The last day of the campaign's review at a level, when it has one. */
    public static Optional<LocalDate> reviewClosesOn(String campaignId, Level level) {
        return ReviewWindow.<ReviewWindow>find("campaignId = ?1 and level = ?2", campaignId, level)
                .firstResultOptional().map(w -> w.closesOn);
    }
}
