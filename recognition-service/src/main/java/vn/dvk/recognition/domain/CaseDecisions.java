package vn.dvk.recognition.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.dvk.kit.domain.Level;
import vn.dvk.kit.domain.Text;
import vn.dvk.kit.outbox.Outbox;
import vn.dvk.recognition.events.ModelNominated;
import vn.dvk.recognition.events.ModelRecognized;
import vn.dvk.recognition.events.ModelVerdict;
import vn.dvk.recognition.events.RecognitionEventTypes;

/** Takes a committee's action on a case: the new state, its history entry and its event commit together. */
@ApplicationScoped
public class CaseDecisions {

    private final Outbox outbox;

    public CaseDecisions(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public ReviewCase decide(ReviewCase reviewCase, Action action, String reason, String comment, String actor,
            String actorOrgId) {
        Level actedAt = reviewCase.level;
        long sequence = reviewCase.apply(action);
        record(reviewCase, actedAt, action, reason, comment, actor, actorOrgId);
        String key = reviewCase.modelId.toString();
        switch (action) {
            case RECOGNIZE -> outbox.append(RecognitionEventTypes.MODEL_RECOGNIZED, key, new ModelRecognized(
                    reviewCase.modelId, sequence, reviewCase.campaignId, actedAt, reviewCase.path(), actor,
                    reviewCase.updatedAt));
            case NOMINATE -> outbox.append(RecognitionEventTypes.MODEL_NOMINATED, key, new ModelNominated(
                    reviewCase.modelId, sequence, reviewCase.campaignId, actedAt, reviewCase.level, reviewCase.path(),
                    actor, reviewCase.updatedAt));
            case RETURN, DECLINE -> outbox.append(action == Action.RETURN ? RecognitionEventTypes.MODEL_RETURNED
                    : RecognitionEventTypes.MODEL_DECLINED, key, new ModelVerdict(reviewCase.modelId, sequence,
                    reviewCase.campaignId, actedAt, reviewCase.modelVersion, reviewCase.path(), Text.nfc(reason), actor,
                    reviewCase.updatedAt));
        }
        return reviewCase;
    }

    private static void record(ReviewCase reviewCase, Level level, Action action, String reason, String comment,
            String actor, String actorOrgId) {
        CaseAction entry = new CaseAction();
        entry.modelId = reviewCase.modelId;
        entry.level = level;
        entry.action = action;
        entry.actor = actor;
        entry.actorOrgId = actorOrgId;
        entry.reason = Text.nfc(reason);
        entry.comment = Text.nfc(comment);
        entry.modelVersion = reviewCase.modelVersion;
        entry.actedAt = reviewCase.updatedAt;
        entry.persist();
    }
}
