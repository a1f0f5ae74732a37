package vn.dvk.recognition.domain;

import java.io.Serializable;
import java.util.Objects;
import vn.dvk.contracts.vocabulary.Level;

/** The key of what a campaign defines per level: its review window, its rules. */
public class CampaignLevelKey implements Serializable {
    public String campaignId;
    public Level level;

    public CampaignLevelKey() {
    }

    CampaignLevelKey(String campaignId, Level level) {
        this.campaignId = campaignId;
        this.level = level;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CampaignLevelKey other && Objects.equals(campaignId, other.campaignId)
                && level == other.level;
    }

    @Override
    public int hashCode() {
        return Objects.hash(campaignId, level);
    }
}
