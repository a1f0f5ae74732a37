package vn.dvk.recognition.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.kit.problems.BilingualText;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.Problem;

/**
 * Scorecards: a scorer's weighted total under the level's criteria, which scorecards count towards a case's
 * average, and what a judgement still lacks before recognition.
 */
@Tag("unit")
class ScoringRulesTest {

    /** a: 0 to 10 points, 60% of the total; b: 0 to 5 points, 40%. */
    static LevelRules rules() {
        LevelRules rules = new LevelRules();
        rules.campaignId = ReviewCaseTransitionsTest.CAMPAIGN;
        rules.level = Level.BASE;
        rules.criteria = List.of(new Criterion("a", "A", null, 10, 60), new Criterion("b", "B", null, 5, 40));
        rules.passThreshold = 75;
        return rules;
    }

    @ParameterizedTest(name = "a={0} b={1} -> {2}")
    @CsvSource({
            "10, 5, 100.00",
            "0, 0, 0.00",
            "5, 0, 30.00",
            "7, 3, 66.00",
            "1, 1, 14.00",
            "9, 4, 86.00",
    })
    void weightedTotal(int a, int b, BigDecimal total) {
        assertEquals(total, rules().total(Map.of("a", a, "b", b)));
    }

    @ParameterizedTest(name = "{0} of 3 points -> {1}")
    @CsvSource({"1, 33.33", "2, 66.67", "3, 100.00"})
    void totalsRoundHalfUpToTwoPlaces(int points, BigDecimal total) {
        LevelRules rules = new LevelRules();
        rules.criteria = List.of(new Criterion("only", "Only", null, 3, 100));

        assertEquals(total, rules.total(Map.of("only", points)));
    }

    @ParameterizedTest(name = "{0} -> 400 {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a=11 b=5      | points.a | score each criterion from 0 to 10
            a=-1 b=5      | points.a | score each criterion from 0 to 10
            a=10 b=6      | points.b | score each criterion from 0 to 5
            a=10          | points.b | score each criterion from 0 to 5
            b=5           | points.a | score each criterion from 0 to 10
            a=10 b=5 c=1  | points.c | is not a criterion of this level
            """)
    void refusedScores(String given, String field, String message) {
        Map<String, Integer> points = new HashMap<>();
        for (String entry : CouncilTallyTest.words(given)) {
            points.put(entry.substring(0, entry.indexOf('=')), Integer.valueOf(entry.substring(entry.indexOf('=') + 1)));
        }

        InvalidRequestProblem refusal = assertThrows(InvalidRequestProblem.class, () -> rules().total(points));

        assertAll(() -> assertEquals(400, refusal.status().getStatusCode()),
                () -> assertEquals(List.of(field + ": " + message), english(refusal.violations())));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a:60 b:40      | ''
            a:100          | ''
            a:60 b:30      | the weights must total 100
            a:60 b:50      | the weights must total 100
            a:50 a:50      | each criterion needs a code of its own
            """)
    void criteriaChecks(String criteria, String message) {
        List<Criterion> list = CouncilTallyTest.words(criteria).stream().map(c -> new Criterion(
                c.substring(0, c.indexOf(':')), c, null, 10, Integer.parseInt(c.substring(c.indexOf(':') + 1)))).toList();

        if (message == null || message.isEmpty()) {
            LevelRules.check(list);
            return;
        }
        InvalidRequestProblem refusal = assertThrows(InvalidRequestProblem.class, () -> LevelRules.check(list));
        assertEquals(List.of("criteria: " + message), english(refusal.violations()));
    }

    /** Each violation as "field: message" in English. */
    private static List<String> english(List<Problem.Violation> violations) {
        return violations.stream().map(v -> v.field() + ": " + v.wording().english()).toList();
    }

    /**
     * Which scorecards count: with a council, only its members' who are not recused; without one, everyone's. The
     * case is at bloc level, unit u-1 under base b-1 and bloc k-1.
     */
    @ParameterizedTest(name = "[{index}] council {0}; cards {1} -> {2} counted, average {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # council members (sub@org) | scorecards (scorer=total) | counted | average
            NONE                        | ''                        | 0       | ''
            NONE                        | s1=80 s2=71               | 2       | 75.50
            NONE                        | s1=80 s2=70 s3=70         | 3       | 73.33
            NONE                        | s1=80 s2=70.01 s3=70      | 3       | 73.34
            m1@x m2@y                   | m1=80 m2=90 outsider=10   | 2       | 85.00
            m1@x m2@b-1                 | m1=80 m2=10               | 1       | 80.00
            m1@x m2@u-1 m3@k-1          | m1=80 m2=10 m3=60         | 2       | 70.00
            m1@u-1                      | m1=100                    | 0       | ''
            """)
    void countedScorecards(String members, String cards, int counted, String average) {
        ReviewCase reviewCase = ReviewCaseTransitionsTest.caseAt(Stage.UNDER_REVIEW, Level.BLOC);
        Optional<Council> council = "NONE".equals(members) ? Optional.empty()
                : Optional.of(CouncilTallyTest.council(members, 1));
        List<Scorecard> scorecards = CouncilTallyTest.words(cards).stream().map(c -> {
            Scorecard card = new Scorecard();
            card.modelId = reviewCase.modelId;
            card.level = reviewCase.level;
            card.scorer = c.substring(0, c.indexOf('='));
            card.total = new BigDecimal(c.substring(c.indexOf('=') + 1));
            return card;
        }).toList();

        Judgement judgement = Judgement.of(reviewCase, Optional.of(rules()), council, scorecards, List.of());

        assertAll(() -> assertEquals(counted, judgement.scorecards()),
                () -> assertEquals(decimal(average), judgement.averageScore()),
                () -> assertEquals(75, judgement.passThreshold()));
    }

    @ParameterizedTest(name = "[{index}] {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # council required | council (voted/quorum/for/eligible) | threshold | average | unmet
            false | NONE    | NONE | ''     | ''
            true  | NONE    | NONE | ''     | the level needs a council's vote and the committee has formed no council
            true  | 1/2/1/3 | NONE | ''     | the council has no quorum yet: 1 of 2 members have voted
            false | 2/2/2/3 | NONE | ''     | the council's vote is short of 70% in favour: 2 of 3 eligible members
            false | 3/2/3/3 | NONE | ''     | ''
            false | NONE    | 75   | ''     | the model has not been scored against the level's criteria
            false | NONE    | 75   | 74.99  | its score 74.99 is below the pass threshold 75
            false | NONE    | 75   | 75.00  | ''
            false | NONE    | 75   | 100.00 | ''
            true  | 3/2/3/3 | 75   | 74.00  | its score 74.00 is below the pass threshold 75
            true  | 1/2/1/3 | 75   | ''     | the council has no quorum yet: 1 of 2 members have voted
            false | 2/2/2/3 | 75   | ''     | the council's vote is short of 70% in favour: 2 of 3 eligible members
            """)
    void whatStandsBetweenTheCaseAndItsRecognition(boolean councilRequired, String council, String threshold,
            String average, String unmet) {
        CouncilTally tally = null;
        if (!"NONE".equals(council)) {
            int[] n = java.util.Arrays.stream(council.split("/")).mapToInt(Integer::parseInt).toArray();
            int voted = n[0];
            int quorum = n[1];
            int votesFor = n[2];
            int eligible = n[3];
            tally = new CouncilTally(null, "Hội đồng", eligible, List.of(), eligible, quorum, voted, votesFor,
                    voted - votesFor, 0, voted >= quorum, votesFor * 100 >= Council.PERCENT_IN_FAVOUR_NEEDED * eligible,
                    List.of());
        }
        Judgement judgement = new Judgement(decimal(average), decimal(average) == null ? 0 : 1,
                "NONE".equals(threshold) ? null : Integer.valueOf(threshold), councilRequired, tally);

        assertEquals(unmet == null || unmet.isEmpty() ? Optional.empty() : Optional.of(unmet),
                judgement.unmet().map(BilingualText::english));
    }

    private static BigDecimal decimal(String text) {
        return text == null || text.isEmpty() ? null : new BigDecimal(text);
    }
}
