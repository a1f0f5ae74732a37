package vn.dvk.recognition.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.contracts.vocabulary.OrgRef;
import vn.dvk.kit.problems.ConflictProblem;

/**
 * Every action a committee may take on a case, from every stage a case is kept in: where it takes the case, or the
 * 409 that refuses it. One row a transition, so every broken rule is reported.
 */
@Tag("unit")
class ReviewCaseTransitionsTest {

    static final String CAMPAIGN = "dvk-2026";

    @ParameterizedTest(name = "{0} at {1} ({2}) + {3} -> {4} at {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # stage      | level    | campaign levels     | action    | stage after  | level after
            UNDER_REVIEW | BASE     | BASE,BLOC,PROVINCE  | RECOGNIZE | RECOGNIZED   | BASE
            UNDER_REVIEW | BLOC     | BASE,BLOC,PROVINCE  | RECOGNIZE | RECOGNIZED   | BLOC
            UNDER_REVIEW | PROVINCE | BASE,BLOC,PROVINCE  | RECOGNIZE | RECOGNIZED   | PROVINCE
            UNDER_REVIEW | BASE     | BASE,BLOC,PROVINCE  | RETURN    | RETURNED     | BASE
            UNDER_REVIEW | PROVINCE | BASE,BLOC,PROVINCE  | RETURN    | RETURNED     | PROVINCE
            UNDER_REVIEW | BASE     | BASE,BLOC,PROVINCE  | DECLINE   | DECLINED     | BASE
            UNDER_REVIEW | BLOC     | BASE,BLOC,PROVINCE  | DECLINE   | DECLINED     | BLOC
            RECOGNIZED   | BASE     | BASE,BLOC,PROVINCE  | NOMINATE  | UNDER_REVIEW | BLOC
            RECOGNIZED   | BLOC     | BASE,BLOC,PROVINCE  | NOMINATE  | UNDER_REVIEW | PROVINCE
            RECOGNIZED   | BASE     | BASE,BLOC           | NOMINATE  | UNDER_REVIEW | BLOC
            """)
    void allowed(Stage stage, Level level, String campaignLevels, Action action, Stage stageAfter, Level levelAfter) {
        ReviewCase reviewCase = caseAt(stage, level);

        ReviewCase.Step step = reviewCase.step(action, () -> levels(campaignLevels));

        assertEquals(new ReviewCase.Step(stageAfter, levelAfter), step);
        assertAll("the rule only decides: the case is unchanged until apply() records it",
                () -> assertEquals(stage, reviewCase.stage), () -> assertEquals(level, reviewCase.level));
    }

    @ParameterizedTest(name = "{0} at {1} ({2}) + {3} -> 409 {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # stage      | level    | campaign levels     | action    | why (the problem's English detail)
            UNDER_REVIEW | BASE     | BASE,BLOC,PROVINCE  | NOMINATE  | Only a model recognised at BASE level can be nominated
            UNDER_REVIEW | PROVINCE | BASE,BLOC,PROVINCE  | NOMINATE  | Only a model recognised at PROVINCE level can be nominated
            RECOGNIZED   | BASE     | BASE,BLOC,PROVINCE  | RECOGNIZE | The model is already recognised at BASE level
            RECOGNIZED   | BLOC     | BASE,BLOC,PROVINCE  | RETURN    | Only a model under review can be returned; it is already recognised at BLOC level
            RECOGNIZED   | BLOC     | BASE,BLOC,PROVINCE  | DECLINE   | Only a model under review can be declined; it is already recognised at BLOC level
            RECOGNIZED   | PROVINCE | BASE,BLOC,PROVINCE  | NOMINATE  | Provincial level is the highest; there is no level to nominate to
            RECOGNIZED   | BLOC     | BASE,BLOC           | NOMINATE  | Campaign dvk-2026 ends at BLOC level; there is no level to nominate to
            RECOGNIZED   | BASE     | BASE                | NOMINATE  | Campaign dvk-2026 ends at BASE level; there is no level to nominate to
            RECOGNIZED   | BASE     | BASE,PROVINCE       | NOMINATE  | Campaign dvk-2026 ends at BASE level; there is no level to nominate to
            RETURNED     | BLOC     | BASE,BLOC,PROVINCE  | RECOGNIZE | The model was returned to its unit for revision; it can be decided again once resubmitted
            RETURNED     | BLOC     | BASE,BLOC,PROVINCE  | NOMINATE  | The model was returned to its unit for revision; it can be decided again once resubmitted
            RETURNED     | BLOC     | BASE,BLOC,PROVINCE  | RETURN    | The model was returned to its unit for revision; it can be decided again once resubmitted
            RETURNED     | BLOC     | BASE,BLOC,PROVINCE  | DECLINE   | The model was returned to its unit for revision; it can be decided again once resubmitted
            DECLINED     | BASE     | BASE,BLOC,PROVINCE  | RECOGNIZE | The model was declined at BASE level; the case is closed
            DECLINED     | BASE     | BASE,BLOC,PROVINCE  | NOMINATE  | The model was declined at BASE level; the case is closed
            DECLINED     | BASE     | BASE,BLOC,PROVINCE  | RETURN    | The model was declined at BASE level; the case is closed
            DECLINED     | BASE     | BASE,BLOC,PROVINCE  | DECLINE   | The model was declined at BASE level; the case is closed
            WITHDRAWN    | BLOC     | BASE,BLOC,PROVINCE  | RECOGNIZE | The model's unit has withdrawn it; the case is closed
            WITHDRAWN    | BLOC     | BASE,BLOC,PROVINCE  | NOMINATE  | The model's unit has withdrawn it; the case is closed
            WITHDRAWN    | BLOC     | BASE,BLOC,PROVINCE  | RETURN    | The model's unit has withdrawn it; the case is closed
            WITHDRAWN    | BLOC     | BASE,BLOC,PROVINCE  | DECLINE   | The model's unit has withdrawn it; the case is closed
            REVOKED      | PROVINCE | BASE,BLOC,PROVINCE  | RECOGNIZE | The decision recognising the model at PROVINCE level was revoked; the case is closed
            REVOKED      | PROVINCE | BASE,BLOC,PROVINCE  | NOMINATE  | The decision recognising the model at PROVINCE level was revoked; the case is closed
            REVOKED      | PROVINCE | BASE,BLOC,PROVINCE  | RETURN    | The decision recognising the model at PROVINCE level was revoked; the case is closed
            REVOKED      | PROVINCE | BASE,BLOC,PROVINCE  | DECLINE   | The decision recognising the model at PROVINCE level was revoked; the case is closed
            """)
    void refused(Stage stage, Level level, String campaignLevels, Action action, String why) {
        ReviewCase reviewCase = caseAt(stage, level);

        ConflictProblem refusal = assertThrows(ConflictProblem.class,
                () -> reviewCase.step(action, () -> levels(campaignLevels)));

        assertAll(() -> assertEquals(409, refusal.status().getStatusCode()),
                () -> assertEquals(why, refusal.detail().english()),
                () -> assertEquals(stage, reviewCase.stage), () -> assertEquals(level, reviewCase.level));
    }

    @Test
    void onlyANominationReadsTheCampaignsLevels() {
        ReviewCase reviewCase = caseAt(Stage.UNDER_REVIEW, Level.BASE);

        ReviewCase.Step step = reviewCase.step(Action.RECOGNIZE, () -> {
            throw new AssertionError("the campaign's levels were read to recognise");
        });

        assertEquals(new ReviewCase.Step(Stage.RECOGNIZED, Level.BASE), step);
    }

    /** A case of unit u-1 under base b-1, bloc k-1 and province p-1. */
    static ReviewCase caseAt(Stage stage, Level level) {
        ReviewCase reviewCase = new ReviewCase();
        reviewCase.modelId = UUID.fromString("00000000-0000-0000-0000-000000000001");
        reviewCase.campaignId = CAMPAIGN;
        OrgPath path = new OrgPath(new OrgRef("p-1", "Tỉnh"), new OrgRef("k-1", "Khối"), new OrgRef("b-1", "Cơ sở"),
                new OrgRef("u-1", "Đơn vị"));
        reviewCase.provinceId = path.province().id();
        reviewCase.provinceName = path.province().name();
        reviewCase.blocId = path.bloc().id();
        reviewCase.blocName = path.bloc().name();
        reviewCase.baseId = path.base().id();
        reviewCase.baseName = path.base().name();
        reviewCase.unitId = path.unit().id();
        reviewCase.unitName = path.unit().name();
        reviewCase.stage = stage;
        reviewCase.level = level;
        return reviewCase;
    }

    private static Set<Level> levels(String names) {
        return Arrays.stream(names.split(",")).map(Level::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Level.class)));
    }
}
