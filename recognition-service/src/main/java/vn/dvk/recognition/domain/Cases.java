package vn.dvk.recognition.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
        outbox.append(RecognitionEventTypes.CASE_OPENED, modelId.toString(), new CaseOpened(modelId,
                opened.nextSequence(), campaignId, opened.level, levels, version, path, opened.openedAt));
    }
}
