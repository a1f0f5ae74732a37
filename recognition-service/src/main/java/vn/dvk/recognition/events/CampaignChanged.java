package vn.dvk.recognition.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.dvk.contracts.vocabulary.Level;

/**
 * What recognition reads of the registry's {@code dvk.registry.campaign.*.v1} events: the campaign's name, status,
 * and a review window per level it uses. Other fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignChanged(String campaignId, String provinceId, String status, Definition campaign,
        OffsetDateTime changedAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Definition(String name, String organisationId, List<Window> reviewWindows) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Window(Level level, LocalDate opensOn, LocalDate closesOn) {
    }

    boolean isComplete() {
        return campaignId != null && provinceId != null && status != null && changedAt != null && campaign != null
                && campaign.name() != null && campaign.organisationId() != null && campaign.reviewWindows() != null
                && !campaign.reviewWindows().isEmpty() && campaign.reviewWindows().stream()
                        .allMatch(w -> w != null && w.level() != null && w.opensOn() != null && w.closesOn() != null)
                && campaign.reviewWindows().stream().map(Window::level).distinct().count()
                        == campaign.reviewWindows().size();
    }
}
