package vn.dvk.registry.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.contracts.vocabulary.OrgRef;
import vn.dvk.kit.problems.ConflictProblem;
import vn.dvk.kit.problems.Problem;

/**
 * The registry's status machine of a model, one row a transition: what the unit may do from each status (edit,
 * submit, withdraw) and what the recognition service's decisions make of it. Times are not asserted: they come
 * from the clock.
 */
@Tag("unit")
class ModelStatusTransitionsTest {

    /** When each transition happens: the rules do not depend on it. */
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-01T03:00:00Z");

    static final OrgPath FIRST_PATH = new OrgPath(new OrgRef("p-1", "Tỉnh"), new OrgRef("k-1", "Khối"),
            new OrgRef("b-1", "Cơ sở"), new OrgRef("u-1", "Đơn vị"));
    static final OrgPath MOVED_PATH = new OrgPath(new OrgRef("p-1", "Tỉnh"), new OrgRef("k-2", "Khối khác"),
            new OrgRef("b-2", "Cơ sở khác"), new OrgRef("u-1", "Đơn vị"));

    @ParameterizedTest(name = "edit in {0} -> {1}")
    @CsvSource({
            "DRAFT, allowed",
            "RETURNED, allowed",
            "SUBMITTED, The model can be edited only as a draft or after a return; it is SUBMITTED",
            "RECOGNIZED, The model can be edited only as a draft or after a return; it is RECOGNIZED",
            "NOMINATED, The model can be edited only as a draft or after a return; it is NOMINATED",
            "DECLINED, The model can be edited only as a draft or after a return; it is DECLINED",
            "WITHDRAWN, The model can be edited only as a draft or after a return; it is WITHDRAWN",
            "REVOKED, The model can be edited only as a draft or after a return; it is REVOKED",
    })
    void edit(ModelStatus status, String outcome) {
        MobilizationModel model = modelIn(status);
        ModelContent edited = complete("Tên mới");

        if ("allowed".equals(outcome)) {
            assertEquals(6, model.edit(edited, AT));
            assertAll(() -> assertEquals("Tên mới", model.title), () -> assertEquals(status, model.status));
        } else {
            assertRefused(outcome, () -> model.edit(edited, AT));
            assertAll(() -> assertEquals("Mô hình", model.title), () -> assertEquals(5, model.eventSequence));
        }
    }

    @Test
    void anEditCannotMoveTheModelToAnotherCampaign() {
        MobilizationModel model = modelIn(ModelStatus.DRAFT);
        ModelContent elsewhere = new ModelContent("dvk-2027", ModelKind.MODEL, Field.ECONOMY, OwnerKind.COLLECTIVE,
                null, null, "Mô hình", "s", "g", "i", null, LocalDate.of(2025, 1, 1), null, null, List.of());

        assertRefused("A model stays in the campaign it was drafted in (dvk-2026)", () -> model.edit(elsewhere, AT));
        assertEquals("dvk-2026", model.campaignId);
    }

    @ParameterizedTest(name = "submit in {0} -> {1}")
    @CsvSource({
            "DRAFT, SUBMITTED",
            "RETURNED, SUBMITTED",
            "SUBMITTED, Only a draft or a returned model can be submitted; the model is SUBMITTED",
            "RECOGNIZED, Only a draft or a returned model can be submitted; the model is RECOGNIZED",
            "NOMINATED, Only a draft or a returned model can be submitted; the model is NOMINATED",
            "DECLINED, Only a draft or a returned model can be submitted; the model is DECLINED",
            "WITHDRAWN, Only a draft or a returned model can be submitted; the model is WITHDRAWN",
            "REVOKED, Only a draft or a returned model can be submitted; the model is REVOKED",
    })
    void submit(ModelStatus status, String outcome) {
        MobilizationModel model = modelIn(status);

        if (!"SUBMITTED".equals(outcome)) {
            assertRefused(outcome, () -> model.submit(() -> MOVED_PATH, "submitter", AT));
            assertAll(() -> assertEquals(status, model.status), () -> assertEquals(5, model.eventSequence));
            return;
        }
        ModelVersion version = model.submit(() -> MOVED_PATH, "submitter", AT);
        assertAll(() -> assertEquals(ModelStatus.SUBMITTED, model.status),
                () -> assertEquals(6, model.eventSequence),
                () -> assertEquals(2, model.currentVersion),
                () -> assertEquals(2, version.number),
                () -> assertEquals("submitter", version.submittedBy),
                () -> assertEquals(model.content(), version.content));
    }

    @Test
    void aFirstSubmissionFreezesThePathAndGoesToTheBase() {
        MobilizationModel model = modelIn(ModelStatus.DRAFT);
        model.currentVersion = 0;

        ModelVersion version = model.submit(() -> MOVED_PATH, "submitter", AT);

        assertAll(() -> assertEquals(MOVED_PATH, model.path), () -> assertEquals(MOVED_PATH, version.path),
                () -> assertEquals(List.of("p-1", "k-2", "b-2", "u-1"), List.of(model.pathIds)),
                () -> assertEquals(Level.BASE, model.reviewLevel), () -> assertEquals(1, version.number));
    }

    @Test
    void aResubmissionKeepsThePathAndGoesBackToTheLevelThatReturnedIt() {
        MobilizationModel model = modelIn(ModelStatus.RETURNED);
        model.returnedLevel = Level.BLOC;

        model.submit(() -> {
            throw new AssertionError("the tree was read for a resubmission");
        }, "submitter", AT);

        assertAll(() -> assertEquals(FIRST_PATH, model.path), () -> assertEquals(Level.BLOC, model.reviewLevel));
    }

    @ParameterizedTest(name = "submit without {1}")
    @CsvSource(delimiter = '|', textBlock = """
            summary        | summary
            goals          | goals
            implementation | implementation
            startedOn      | startedOn
            ownerName      | ownerName
            everything     | summary, goals, implementation, startedOn, ownerName
            """)
    void anIncompleteDraftIsNotSubmitted(String left, String missing) {
        MobilizationModel model = modelIn(ModelStatus.DRAFT);
        boolean all = "everything".equals(left);
        model.summary = all || "summary".equals(left) ? " " : "s";
        model.goals = all || "goals".equals(left) ? null : "g";
        model.implementation = all || "implementation".equals(left) ? "" : "i";
        model.startedOn = all || "startedOn".equals(left) ? null : LocalDate.of(2025, 1, 1);
        model.ownerKind = all || "ownerName".equals(left) ? OwnerKind.INDIVIDUAL : OwnerKind.COLLECTIVE;
        model.ownerName = null;

        SubmissionIncompleteProblem refusal = assertThrows(SubmissionIncompleteProblem.class,
                () -> model.submit(() -> MOVED_PATH, "submitter", AT));
        assertAll(() -> assertEquals(409, refusal.status().getStatusCode()),
                () -> assertEquals("The model cannot be submitted before these fields are filled in: " + missing,
                        refusal.detail().english()),
                // each missing field named at itself, for a form to show the message there
                () -> assertEquals(List.of(missing.split(", ")),
                        refusal.violations().stream().map(Problem.Violation::field).toList()));
        assertEquals(ModelStatus.DRAFT, model.status);
    }

    @ParameterizedTest(name = "withdraw in {0} -> {1}")
    @CsvSource({
            "DRAFT, WITHDRAWN",
            "SUBMITTED, WITHDRAWN",
            "RETURNED, WITHDRAWN",
            "NOMINATED, WITHDRAWN",
            "RECOGNIZED, A model whose recognition has ended cannot be withdrawn; it is RECOGNIZED",
            "DECLINED, A model whose recognition has ended cannot be withdrawn; it is DECLINED",
            "REVOKED, A model whose recognition has ended cannot be withdrawn; it is REVOKED",
            "WITHDRAWN, A model whose recognition has ended cannot be withdrawn; it is WITHDRAWN",
    })
    void withdraw(ModelStatus status, String outcome) {
        MobilizationModel model = modelIn(status);

        if ("WITHDRAWN".equals(outcome)) {
            assertEquals(6, model.withdraw("lý do", AT));
            assertAll(() -> assertEquals(ModelStatus.WITHDRAWN, model.status),
                    () -> assertEquals("lý do", model.withdrawalReason), () -> assertNull(model.reviewLevel));
        } else {
            assertRefused(outcome, () -> model.withdraw("lý do", AT));
            assertAll(() -> assertEquals(status, model.status), () -> assertEquals(5, model.eventSequence));
        }
    }

    /** What the recognition service's decisions make of a submitted model (review level BASE, recognised nowhere). */
    @ParameterizedTest(name = "{0} at {1} -> {2}, review level {3}, recognised at {4}")
    @CsvSource({
            "SUBMITTED, BLOC, SUBMITTED, BLOC,",
            "RECOGNIZED, BASE, RECOGNIZED, BASE, BASE",
            "RECOGNIZED, PROVINCE, RECOGNIZED, PROVINCE, PROVINCE",
            "NOMINATED, BLOC, NOMINATED, BLOC,",
            "DECLINED, BLOC, DECLINED, ,",
    })
    void recognitionDecisions(ModelStatus reported, Level level, ModelStatus status, Level reviewLevel,
            Level recognizedLevel) {
        MobilizationModel model = modelIn(ModelStatus.SUBMITTED);

        model.applyRecognition(reported, level, AT);

        assertAll(() -> assertEquals(status, model.status), () -> assertEquals(reviewLevel, model.reviewLevel),
                () -> assertEquals(recognizedLevel, model.recognizedLevel));
    }

    @ParameterizedTest(name = "revoked from {0}, {1} still standing")
    @CsvSource({"RECOGNIZED, BASE", "RECOGNIZED,", "NOMINATED, BLOC"})
    void revocation(ModelStatus status, Level standing) {
        MobilizationModel model = modelIn(status);
        model.recognizedLevel = Level.PROVINCE;

        model.applyRevocation(standing, AT);

        assertAll(() -> assertEquals(ModelStatus.REVOKED, model.status),
                () -> assertEquals(standing, model.recognizedLevel), () -> assertNull(model.reviewLevel));
    }

    @Test
    void aReturnRecordsTheLevelAndTheReason() {
        MobilizationModel model = modelIn(ModelStatus.SUBMITTED);

        model.applyReturn(Level.BLOC, "bổ sung", AT);

        assertAll(() -> assertEquals(ModelStatus.RETURNED, model.status),
                () -> assertEquals(Level.BLOC, model.returnedLevel), () -> assertEquals("bổ sung", model.returnReason),
                () -> assertNull(model.reviewLevel));
    }

    /** A decision crossing the unit's withdrawal on the way changes nothing. */
    @ParameterizedTest(name = "{0} after a withdrawal")
    @EnumSource(value = ModelStatus.class, names = {"SUBMITTED", "RECOGNIZED", "NOMINATED", "DECLINED", "RETURNED",
            "REVOKED"})
    void aWithdrawnModelIgnoresLateDecisions(ModelStatus reported) {
        MobilizationModel model = modelIn(ModelStatus.WITHDRAWN);
        model.reviewLevel = null;

        switch (reported) {
            case RETURNED -> model.applyReturn(Level.BASE, "bổ sung", AT);
            case REVOKED -> model.applyRevocation(null, AT);
            default -> model.applyRecognition(reported, Level.BLOC, AT);
        }

        assertAll(() -> assertEquals(ModelStatus.WITHDRAWN, model.status), () -> assertNull(model.reviewLevel),
                () -> assertNull(model.recognizedLevel), () -> assertNull(model.returnReason));
    }

    /** A complete model of unit u-1 in campaign dvk-2026, first submitted under FIRST_PATH, five events so far. */
    static MobilizationModel modelIn(ModelStatus status) {
        MobilizationModel model = new MobilizationModel();
        model.id = UUID.fromString("00000000-0000-0000-0000-00000000000a");
        model.campaignId = "dvk-2026";
        model.unitId = "u-1";
        model.kind = ModelKind.MODEL;
        model.field = Field.ECONOMY;
        model.ownerKind = OwnerKind.COLLECTIVE;
        model.title = "Mô hình";
        model.summary = "s";
        model.goals = "g";
        model.implementation = "i";
        model.startedOn = LocalDate.of(2025, 1, 1);
        model.path = FIRST_PATH;
        model.pathIds = new String[] {"p-1", "k-1", "b-1", "u-1"};
        model.unitName = "Đơn vị";
        model.status = status;
        model.reviewLevel = Level.BASE;
        model.currentVersion = 1;
        model.eventSequence = 5;
        return model;
    }

    private static ModelContent complete(String title) {
        return new ModelContent("dvk-2026", ModelKind.MODEL, Field.ECONOMY, OwnerKind.COLLECTIVE, null, null, title,
                "s", "g", "i", null, LocalDate.of(2025, 1, 1), null, null, List.of());
    }

    private static void assertRefused(String why, org.junit.jupiter.api.function.Executable action) {
        ConflictProblem refusal = assertThrows(ConflictProblem.class, action);
        assertAll(() -> assertEquals(409, refusal.status().getStatusCode()),
                () -> assertEquals(why, refusal.detail().english()));
    }
}
