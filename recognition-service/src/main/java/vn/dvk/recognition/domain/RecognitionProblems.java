package vn.dvk.recognition.domain;

import vn.dvk.kit.problems.ProblemType;

/**
 * The refusals of the recognition service's own rules that clients branch on, each under its own {@code type} URI
 * (the kit's {@link ProblemType#BASE} and the slug). The URIs are part of the API: never change one.
 */
public enum RecognitionProblems implements ProblemType {
    /** A decision under a number the same issuer already gave another decision (409). */
    DUPLICATE_NUMBER(409, "duplicate-number", RecognitionMessages.TITLE_DUPLICATE_NUMBER),
    /**
     * A decision or a recognition naming cases that cannot be decided: not awaiting recognition at the level, or
     * short of the level's rules (409; the refused cases attached as {@code current}).
     */
    CASES_NOT_READY(409, "cases-not-ready", RecognitionMessages.TITLE_CASES_NOT_READY),
    /**
     * A decision dated after today (by the service's clock, in the province's time zone) or before a model it
     * recognises or commends had started (422; nothing is recorded).
     */
    DECISION_DATE_OUT_OF_RANGE(422, "decision-date-out-of-range", RecognitionMessages.TITLE_DECISION_DATE_OUT_OF_RANGE);

    private final Definition definition;

    RecognitionProblems(int status, String slug, RecognitionMessages title) {
        this.definition = Definition.of(status, slug, title);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
