package vn.dvk.recognition.api;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.recognition.domain.Campaign;
import vn.dvk.recognition.domain.CaseLevel;
import vn.dvk.recognition.domain.Judgement;
import vn.dvk.recognition.domain.ReviewCase;
import vn.dvk.recognition.domain.Stage;

/**
 * A case as the API shows it: the model, its path, where its recognition stands, its record per level (those ahead
 * PENDING), and how it
 * stands against the current level's rules.
 *
 * @param modelVersion the version of the model decided on (GET the registry's /models/{id}/versions/{n})
 * @param shortfall what still stands between the case and its recognition at its level (the first of the level's
 *        rules it misses), while it is under review there; null when nothing does, or when it is not under review
 * @param version the case's version: send it back in {@code If-Match} to act on the case
 */
public record CaseView(
        UUID modelId,
        String campaignId,
        String title,
        String field,
        String kind,
        Level level,
        Stage stage,
        int modelVersion,
        Level recognizedLevel,
        OrgPath path,
        List<LevelRecord> levels,
        Judgement judgement,
        Judgement.Shortfall shortfall,
        OffsetDateTime openedAt,
        OffsetDateTime arrivedAt,
        OffsetDateTime updatedAt,
        long version) {

    /** The case at one level: status, who acted, when, why, on which model version, by which decision. */
    public record LevelRecord(Level level, Stage status, String reviewingOrgId, OffsetDateTime arrivedAt,
            String actedBy, OffsetDateTime actedAt, String reason, int modelVersion, UUID decisionId) {

        static LevelRecord of(CaseLevel l) {
            return new LevelRecord(l.level, l.status, l.reviewingOrgId, l.arrivedAt, l.actedBy, l.actedAt, l.reason,
                    l.modelVersion, l.decisionId);
        }

        static LevelRecord pending(Level level, ReviewCase c) {
            return new LevelRecord(level, Stage.PENDING, c.path().at(level).id(), null, null, null, null, 0, null);
        }
    }

    /** The levels the case has reached, then, while it is open, those of its chain still ahead (PENDING). */
    private static List<LevelRecord> levels(ReviewCase c) {
        List<LevelRecord> levels = new ArrayList<>(CaseLevel.of(c.modelId).stream().map(LevelRecord::of).toList());
        if (c.stage == Stage.UNDER_REVIEW || c.stage == Stage.RECOGNIZED) {
            Campaign.levelsOf(c.campaignId).stream().filter(l -> l.compareTo(c.level) > 0)
                    .forEach(l -> levels.add(LevelRecord.pending(l, c)));
        }
        return levels;
    }

    static CaseView of(ReviewCase c) {
        Judgement judgement = Judgement.of(c);
        // a committee reads what its level's rules still need before it scores, votes or names the case in a decision
        Judgement.Shortfall shortfall = c.stage == Stage.UNDER_REVIEW ? judgement.shortfall().orElse(null) : null;
        return new CaseView(c.modelId, c.campaignId, c.title, c.field, c.kind, c.level, c.stage, c.modelVersion,
                c.recognizedLevel, c.path(), levels(c), judgement, shortfall, c.openedAt, c.arrivedAt, c.updatedAt,
                c.version);
    }
}
