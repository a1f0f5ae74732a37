package vn.dvk.recognition.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.Set;
import java.time.OffsetDateTime;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.kit.audit.AuditLog;
import vn.dvk.kit.outbox.Outbox;
import vn.dvk.kit.problems.ConflictProblem;
import vn.dvk.kit.problems.ProblemType;
import vn.dvk.kit.text.Text;
import vn.dvk.kit.time.Moments;
import vn.dvk.recognition.audit.AuditAction;
import vn.dvk.recognition.events.DecisionRef;
import vn.dvk.recognition.events.ModelNominated;
import vn.dvk.recognition.events.ModelRecognized;
import vn.dvk.recognition.events.ModelVerdict;
import vn.dvk.recognition.events.RecognitionEventTypes;

/**
 * Takes a committee's action on a case: the new state, its history entry, its audit entry and its event commit
 * together. A recognition needs the level's judgement met (score, council); a decision recognises through here too.
 */
@ApplicationScoped
public class CaseDecisions {

    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public CaseDecisions(Outbox outbox, AuditLog audit, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ReviewCase decide(ReviewCase reviewCase, Action action, String reason, String comment, String actor,
            String actorOrgId) {
        if (action == Action.RECOGNIZE) {
            reviewCase.checkOpen();
            requireJudgementMet(reviewCase);
        }
        CaseSnapshot before = CaseSnapshot.of(reviewCase);
        apply(reviewCase, action, reason, comment, actor, actorOrgId, null);
        audit.record(AuditAction.CASE_ACTION, "case", reviewCase.modelId.toString(), reviewCase.provinceId, before,
                CaseSnapshot.of(reviewCase));
        return reviewCase;
    }

    /**
     * A recognition by a decision (whose audit entry covers its cases). Its event goes to {@code events}, which the
     * decision appends to the outbox with its others in one batch.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void recognize(ReviewCase reviewCase, Decision decision, String actor, String actorOrgId,
            Consumer<Outbox.Pending> events) {
        apply(reviewCase, Action.RECOGNIZE, null, null, actor, actorOrgId, decision, Moments.utc(clock),
                () -> Campaign.levelsOf(reviewCase.campaignId), events);
    }

    /**
     * A past recognition or nomination a history import recorded, on the day of its decision and on the levels of
     * the past campaign, whatever recognition knows of that campaign yet.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void recordPast(ReviewCase reviewCase, Action action, Decision decision, String actor, String actorOrgId,
            OffsetDateTime at, Set<Level> levels) {
        apply(reviewCase, action, null, null, actor, actorOrgId, decision, at, () -> levels, this::appendNow);
    }

    private void apply(ReviewCase reviewCase, Action action, String reason, String comment, String actor,
            String actorOrgId, Decision decision) {
        apply(reviewCase, action, reason, comment, actor, actorOrgId, decision, Moments.utc(clock),
                () -> Campaign.levelsOf(reviewCase.campaignId), this::appendNow);
    }

    private void appendNow(Outbox.Pending event) {
        outbox.append(event.type(), event.key(), event.payload());
    }

    private void apply(ReviewCase reviewCase, Action action, String reason, String comment, String actor,
            String actorOrgId, Decision decision, OffsetDateTime at, Supplier<Set<Level>> levels,
            Consumer<Outbox.Pending> events) {
        Level actedAt = reviewCase.level;
        long sequence = reviewCase.apply(action, actor, Text.nfc(reason), decision == null ? null : decision.id, at,
                levels);
        record(reviewCase, actedAt, action, reason, comment, actor, actorOrgId, decision);
        String key = reviewCase.modelId.toString();
        switch (action) {
            case RECOGNIZE -> events.accept(new Outbox.Pending(null, RecognitionEventTypes.MODEL_RECOGNIZED, key,
                    new ModelRecognized(reviewCase.modelId, sequence, reviewCase.campaignId, actedAt,
                    reviewCase.modelVersion, reviewCase.path(), actor, DecisionRef.of(decision),
                    reviewCase.updatedAt)));
            case NOMINATE -> events.accept(new Outbox.Pending(null, RecognitionEventTypes.MODEL_NOMINATED, key,
                    new ModelNominated(reviewCase.modelId, sequence, reviewCase.campaignId, actedAt, reviewCase.level,
                    reviewCase.path(), actor, reviewCase.updatedAt)));
            case RETURN, DECLINE -> events.accept(new Outbox.Pending(null, action == Action.RETURN
                    ? RecognitionEventTypes.MODEL_RETURNED : RecognitionEventTypes.MODEL_DECLINED, key,
                    new ModelVerdict(reviewCase.modelId, sequence, reviewCase.campaignId, actedAt,
                    reviewCase.modelVersion, reviewCase.path(), Text.nfc(reason), actor, reviewCase.updatedAt)));
        }
    }

    private static void requireJudgementMet(ReviewCase reviewCase) {
        Judgement.of(reviewCase).unmet().ifPresent(unmet -> {
            throw new ConflictProblem(RecognitionProblems.CASES_NOT_READY, RecognitionMessages.NOT_RECOGNISABLE_YET
                    .text(RecognitionMessages.levelName(reviewCase.level), unmet));
        });
    }

    private static void record(ReviewCase reviewCase, Level level, Action action, String reason, String comment,
            String actor, String actorOrgId, Decision decision) {
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
        entry.decisionId = decision == null ? null : decision.id;
        entry.persist();
    }

    /** What the audit trail keeps of a case before and after an action. */
    public record CaseSnapshot(UUID modelId, Level level, Stage stage, Level recognizedLevel, int modelVersion, long version) {
        static CaseSnapshot of(ReviewCase c) {
            return new CaseSnapshot(c.modelId, c.level, c.stage, c.recognizedLevel, c.modelVersion, c.version);
        }
    }
}
