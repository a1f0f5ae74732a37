package vn.dvk.reporting.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import vn.dvk.contracts.vocabulary.Level;

/** What reporting reads of the registry's {@code dvk.registry.campaign.*.v1} events: movement, name, review windows. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignChanged(String campaignId, String provinceId, Definition campaign) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Definition(String movement, String name, List<Window> reviewWindows) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Window(Level level, LocalDate opensOn, LocalDate closesOn) {
    }

    boolean isComplete() {
        return campaignId != null && provinceId != null && campaign != null && campaign.name() != null
                && campaign.reviewWindows() != null && campaign.reviewWindows().stream()
                        .allMatch(w -> w != null && w.level() != null && w.opensOn() != null && w.closesOn() != null)
                && campaign.reviewWindows().stream().map(Window::level).distinct().count()
                        == campaign.reviewWindows().size();
    }
}
