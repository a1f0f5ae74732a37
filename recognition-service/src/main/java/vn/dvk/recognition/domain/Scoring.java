package vn.dvk.recognition.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import vn.dvk.kit.audit.AuditLog;
import vn.dvk.kit.problems.ConflictProblem;
import vn.dvk.kit.time.Moments;
import vn.dvk.recognition.audit.AuditAction;

/**
 * Scores and votes on a case at its current level, while it is under review there, each kept under the subject of
 * the one who gave it. A council member from an organisation the model belongs to is recused: their score and vote
 * are refused (and would not count).
 */
@ApplicationScoped
public class Scoring {

    private final AuditLog audit;
    private final Clock clock;

    public Scoring(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    /** @param scorer the scorer's subject */
    public Judgement score(ReviewCase reviewCase, String scorer, Map<String, Integer> points) {
        requireUnderReview(reviewCase);
        LevelRules rules = LevelRules.of(reviewCase.campaignId, reviewCase.level).orElseThrow(() -> new ConflictProblem(
                RecognitionMessages.NO_CRITERIA_SET.text(reviewCase.campaignId,
                        RecognitionMessages.levelName(reviewCase.level))));
        Council.judging(reviewCase).flatMap(c -> c.member(scorer)).ifPresent(m -> requireNotRecused(m, reviewCase));
        Scorecard known = Scorecard.find(reviewCase.modelId, reviewCase.level, scorer);
        Object before = known == null ? null : Map.of("points", known.points, "total", known.total);
        Scorecard card = known != null ? known : new Scorecard();
        card.modelId = reviewCase.modelId;
        card.level = reviewCase.level;
        card.scorer = scorer;
        card.points = Map.copyOf(points);
        card.total = rules.total(points);
        card.scoredAt = Moments.utc(clock);
        if (known == null) {
            card.persist();
        }
        audit.record(AuditAction.SCORE, "case", reviewCase.modelId.toString(), reviewCase.provinceId, before,
                Map.of("level", reviewCase.level, "points", card.points, "total", card.total));
        return Judgement.of(reviewCase);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Judgement vote(ReviewCase reviewCase, Council council, CouncilMember member, CouncilVote.Choice choice) {
        requireUnderReview(reviewCase);
        requireNotRecused(member, reviewCase);
        CouncilVote known = CouncilVote.find("councilId = ?1 and modelId = ?2 and sub = ?3", council.id,
                reviewCase.modelId, member.sub).firstResult();
        Object before = Optional.ofNullable(known).map(v -> Map.of("vote", v.vote)).orElse(null);
        CouncilVote vote = known != null ? known : new CouncilVote();
        vote.councilId = council.id;
        vote.modelId = reviewCase.modelId;
        vote.sub = member.sub;
        vote.vote = choice;
        vote.votedAt = Moments.utc(clock);
        if (known == null) {
            vote.persist();
        }
        audit.record(AuditAction.VOTE, "case", reviewCase.modelId.toString(), reviewCase.provinceId, before,
                Map.of("council", council.id, "level", reviewCase.level, "vote", choice));
        return Judgement.of(reviewCase);
    }

    private static void requireUnderReview(ReviewCase reviewCase) {
        reviewCase.checkOpen();
        if (reviewCase.stage != Stage.UNDER_REVIEW) {
            throw new ConflictProblem(RecognitionMessages.SCORING_CLOSED.text(
                    RecognitionMessages.levelName(reviewCase.level)));
        }
    }

    private static void requireNotRecused(CouncilMember member, ReviewCase reviewCase) {
        if (member.isRecusedFrom(reviewCase)) {
            throw new ConflictProblem(RecognitionMessages.MEMBER_RECUSED.text());
        }
    }
}
