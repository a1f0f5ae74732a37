package vn.dvk.recognition.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.kit.problems.BilingualText;

/**
 * How a case stands against its level's rules: the average of the scores that count (a council's eligible members,
 * or every reviewer's where there is no council), the pass threshold, and the council's tally. A committee can
 * recognise the case, alone or in a decision, only once its judgement is {@linkplain #unmet() met}.
 *
 * @param averageScore null until someone whose score counts has scored
 * @param passThreshold null where the level has no criteria
 * @param council null where the organisation formed no council for the level
 */
public record Judgement(BigDecimal averageScore, int scorecards, Integer passThreshold, boolean councilRequired,
        CouncilTally council) {

    public static Judgement of(ReviewCase reviewCase) {
        return of(reviewCase, LevelRules.of(reviewCase.campaignId, reviewCase.level), Council.judging(reviewCase));
    }

    /**
     * The judgement with the level's rules and council already read: a decision over hundreds of cases of one
     * campaign and level reads them once, not once per case.
     */
    static Judgement of(ReviewCase reviewCase, Optional<LevelRules> rules, Optional<Council> council) {
        return of(reviewCase, rules, council, Scorecard.of(reviewCase.modelId, reviewCase.level),
                council.map(c -> CouncilVote.on(c.id, reviewCase.modelId)).orElse(List.of()));
    }

    /**
     * The judgements of many cases, each at the level it stands at, from a few set-based queries: the rules and the
     * council once per campaign and level (and the council's organisation), the scorecards once per level, the votes
     * once per council. Judges each case exactly as {@link #of(ReviewCase)} would, without the three queries per case
     * that made a decision over 500 cases spend most of its time waiting for the database.
     *
     * @return each case's judgement by its model id, in the order of {@code cases}
     */
    static Map<UUID, Judgement> ofCases(List<ReviewCase> cases) {
        Map<List<Object>, Optional<LevelRules>> rules = new HashMap<>();
        Map<List<Object>, Optional<Council>> councils = new HashMap<>();
        Map<Level, List<UUID>> byLevel = new EnumMap<>(Level.class);
        Map<UUID, List<UUID>> byCouncil = new HashMap<>();
        for (ReviewCase c : cases) {
            rules.computeIfAbsent(List.of(c.campaignId, c.level), key -> LevelRules.of(c.campaignId, c.level));
            councils.computeIfAbsent(councilKey(c), key -> Council.judging(c)).ifPresent(council ->
                    byCouncil.computeIfAbsent(council.id, id -> new ArrayList<>()).add(c.modelId));
            byLevel.computeIfAbsent(c.level, level -> new ArrayList<>()).add(c.modelId);
        }
        Map<Level, Map<UUID, List<Scorecard>>> scorecards = new EnumMap<>(Level.class);
        byLevel.forEach((level, ids) -> scorecards.put(level, Scorecard.ofCases(ids, level)));
        Map<UUID, Map<UUID, List<CouncilVote>>> votes = new HashMap<>();
        byCouncil.forEach((council, ids) -> votes.put(council, CouncilVote.onCases(council, ids)));
        Map<UUID, Judgement> judgements = new LinkedHashMap<>();
        for (ReviewCase c : cases) {
            Optional<Council> council = councils.get(councilKey(c));
            judgements.put(c.modelId, of(c, rules.get(List.of(c.campaignId, c.level)), council,
                    scorecards.get(c.level).getOrDefault(c.modelId, List.of()),
                    council.map(found -> votes.get(found.id).getOrDefault(c.modelId, List.of())).orElse(List.of())));
        }
        return judgements;
    }

    /** What {@link Council#judging} reads a case's council by. */
    private static List<Object> councilKey(ReviewCase c) {
        return List.of(c.campaignId, c.level, c.reviewingOrgId());
    }

    /** The judgement from the scorecards and the council's votes on the case (read by the caller): rules only. */
    static Judgement of(ReviewCase reviewCase, Optional<LevelRules> rules, Optional<Council> council,
            List<Scorecard> scorecards, List<CouncilVote> votes) {
        List<Scorecard> counted = scorecards.stream()
                .filter(card -> council.map(c -> c.member(card.scorer)
                        .filter(m -> !m.isRecusedFrom(reviewCase)).isPresent()).orElse(true))
                .toList();
        BigDecimal average = counted.isEmpty() ? null : counted.stream().map(card -> card.total)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP);
        return new Judgement(average, counted.size(), rules.map(r -> r.passThreshold).orElse(null),
                rules.map(r -> r.councilRequired).orElse(false),
                council.map(c -> CouncilTally.of(c, reviewCase, votes)).orElse(null));
    }

    /** What may still stand between the case and its recognition: one reason, the first that applies. */
    public enum Shortfall {
        NO_COUNCIL, NO_QUORUM, NOT_IN_FAVOUR, NOT_SCORED, BELOW_THRESHOLD
    }

    /** What still stands between the case and its recognition at this level, if anything, as a reason. */
    public Optional<Shortfall> shortfall() {
        if (councilRequired && council == null) {
            return Optional.of(Shortfall.NO_COUNCIL);
        }
        if (council != null && !council.quorumReached()) {
            return Optional.of(Shortfall.NO_QUORUM);
        }
        if (council != null && !council.inFavour()) {
            return Optional.of(Shortfall.NOT_IN_FAVOUR);
        }
        if (passThreshold != null && averageScore == null) {
            return Optional.of(Shortfall.NOT_SCORED);
        }
        if (passThreshold != null && averageScore.compareTo(BigDecimal.valueOf(passThreshold)) < 0) {
            return Optional.of(Shortfall.BELOW_THRESHOLD);
        }
        return Optional.empty();
    }

    /** What still stands between the case and its recognition at this level, if anything, in words. */
    public Optional<BilingualText> unmet() {
        return shortfall().map(shortfall -> switch (shortfall) {
            case NO_COUNCIL -> RecognitionMessages.UNMET_NO_COUNCIL.text();
            case NO_QUORUM -> RecognitionMessages.UNMET_NO_QUORUM.text(council.voted(), council.quorum());
            case NOT_IN_FAVOUR -> RecognitionMessages.UNMET_SHORT_IN_FAVOUR.text(Council.PERCENT_IN_FAVOUR_NEEDED,
                    council.votesFor(), council.eligible());
            case NOT_SCORED -> RecognitionMessages.UNMET_NOT_SCORED.text();
            case BELOW_THRESHOLD -> RecognitionMessages.UNMET_BELOW_THRESHOLD.text(averageScore, passThreshold);
        });
    }
}
