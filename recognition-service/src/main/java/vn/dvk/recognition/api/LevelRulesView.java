package vn.dvk.recognition.api;

import java.time.OffsetDateTime;
import java.util.List;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.recognition.domain.Criterion;
import vn.dvk.recognition.domain.LevelRules;

/** How a campaign's committees judge at one level. */
public record LevelRulesView(String campaignId, Level level, List<Criterion> criteria, int passThreshold,
        boolean councilRequired, String updatedBy, OffsetDateTime updatedAt, long version) {

    static LevelRulesView of(LevelRules r) {
        return new LevelRulesView(r.campaignId, r.level, r.criteria, r.passThreshold, r.councilRequired, r.updatedBy,
                r.updatedAt, r.version);
    }
}
