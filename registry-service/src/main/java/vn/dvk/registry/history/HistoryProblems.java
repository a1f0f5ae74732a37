package vn.dvk.registry.history;

import vn.dvk.kit.problems.ProblemType;

/** The refusal of a history file clients branch on, under its own {@code type} URI: part of the API, never changed. */
public enum HistoryProblems implements ProblemType {
    /** A history file that breaks a rule: every violation listed with its JSON pointer, nothing written (422). */
    HISTORY_REFUSED(422, "history-refused", HistoryMessages.TITLE_HISTORY_REFUSED);

    private final Definition definition;

    HistoryProblems(int status, String slug, HistoryMessages title) {
        this.definition = Definition.of(status, slug, title);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
