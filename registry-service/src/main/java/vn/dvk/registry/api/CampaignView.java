package vn.dvk.registry.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.registry.domain.Campaign;
import vn.dvk.registry.domain.CampaignStatus;
import vn.dvk.registry.domain.ReviewWindow;

/**
 * A campaign as the API shows it; the {@code ETag} header names this state for {@code If-Match}.
 *
 * @param levels the recognition levels the campaign uses, from the base level up
 */
public record CampaignView(String id, String movement, String name, String organisationId, String provinceId,
        CampaignStatus status, LocalDate startsOn, LocalDate endsOn, LocalDate registrationDeadline, List<Level> levels,
        List<ReviewWindow> reviewWindows, OffsetDateTime updatedAt) {

    static CampaignView of(Campaign campaign) {
        return new CampaignView(campaign.id, campaign.movement, campaign.name, campaign.organisationId,
                campaign.provinceId, campaign.status, campaign.startsOn, campaign.endsOn, campaign.registrationDeadline,
                campaign.levels(), campaign.reviewWindows, campaign.updatedAt);
    }
}
