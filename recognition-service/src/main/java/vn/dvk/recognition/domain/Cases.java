package vn.dvk.recognition.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.kit.outbox.Outbox;
import vn.dvk.kit.time.Moments;
import vn.dvk.recognition.events.CaseOpened;
import vn.dvk.recognition.events.RecognitionEventTypes;

/** Opens a case for each submitted model and announces it. */
@ApplicationScoped
public class Cases {

    private final Outbox outbox;
    private final Clock clock;

    public Cases(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Opens the case at base level for a newly submitted model, unless it exists: a submission the inbox had not
     * recorded as applied (recorded state lost in a restore, say) must not fail on the case it opened.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openOnce(UUID modelId, int version, String campaignId, String title, String field, String kind,
            OrgPath path, String ownerName) {
        if (ReviewCase.findById(modelId) != null) {
            return;
        }
        ReviewCase opened = ReviewCase.open(modelId, version, campaignId, title, field, kind, path,
                ownerName, Moments.utc(clock));
        List<Level> levels = List.copyOf(Campaign.levelsOf(campaignId));
        announce(opened, levels);
    }

    /**
     * Opens the case of a model a history import recorded, as its past submission opened it ({@code at}), on the
     * levels of its past campaign.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    ReviewCase openPast(String importId, UUID modelId, int version, String campaignId, String title, String field,
            String kind, OrgPath path, OffsetDateTime at, List<Level> levels) {
        // a history file names no person: a past cycle's certificates are not printed again
        ReviewCase opened = ReviewCase.open(modelId, version, campaignId, title, field, kind, path, null, at);
        opened.historyImportId = importId;
        announce(opened, levels);
        return opened;
    }

    private void announce(ReviewCase opened, List<Level> levels) {
        outbox.append(RecognitionEventTypes.CASE_OPENED, opened.modelId.toString(), new CaseOpened(opened.modelId,
                opened.nextSequence(), opened.campaignId, opened.level, levels, opened.modelVersion, opened.path(),
                opened.openedAt));
    }
}
