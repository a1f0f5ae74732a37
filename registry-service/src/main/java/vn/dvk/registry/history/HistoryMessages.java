package vn.dvk.registry.history;

import vn.dvk.kit.problems.Message;

/**
 * The texts of history imports: the refusal's title and detail and each violation of a file. Worded in
 * {@code HistoryMessages_vi.properties} and {@code HistoryMessages_en.properties} beside this enum, apart from the
 * registry's other texts because an import's checks are a catalogue of their own (one key per rule of the file).
 */
public enum HistoryMessages implements Message {
    TITLE_HISTORY_REFUSED,
    /** {0} how many violations. */
    HISTORY_REFUSED,
    /** {0} the import's id. */
    IMPORT_ID_REUSED,
    /** {0} the import's id. */
    NO_IMPORT,
    /** {0} the caller's province. */
    IMPORT_ID_OUTSIDE_PROVINCE,
    /** {0} the month as written. */
    NOT_A_MONTH,

    /** {0} the JSON pointer of the first entry with the same key. */
    APPEARS_TWICE,
    /** {0} the campaign. */
    CAMPAIGN_TAKEN,
    /** {0} the campaign's last day, {1} today. */
    CAMPAIGN_NOT_OVER,
    /** {0} the organisation. */
    NO_ORGANISATION,
    /** {0} the organisation, {1} its kind. */
    NOT_A_UNIT,
    /** {0} the campaign. */
    NO_CAMPAIGN_IN_FILE,
    /** {0} the campaign, {1} the organisation that launched it, {2} the unit. */
    CAMPAIGN_NOT_OPEN_TO_UNIT,
    /** {0} the day submitted, {1} the first day of registrations, {2} the last. */
    SUBMITTED_OUTSIDE_REGISTRATION,
    /** {0} the day submitted, {1} the day the model started. */
    SUBMITTED_BEFORE_START,
    /** {0} the fields missing, comma-separated. */
    MODEL_INCOMPLETE,
    /** {0} the model's ref. */
    NO_MODEL_IN_FILE,
    /** {0} the issuer, {1} the level's name, {2} the model's ref. */
    ISSUER_NOT_ON_PATH,
    /** {0} the decision's day, {1} the model's ref, {2} the day it was submitted. */
    DECISION_BEFORE_SUBMISSION,
    /** {0} the decision's day, {1} the campaign, {2} its first day, {3} its last. */
    DECISION_OUTSIDE_CAMPAIGN,
    /** {0} the campaign, {1} the level's name. */
    LEVEL_NOT_IN_CAMPAIGN,
    /** {0} the model's ref, {1} the level's name, {2} the decision that recognised it. */
    RECOGNISED_TWICE,
    /** {0} the model's ref, {1} the level below's name, {2} the decision's day. */
    LOWER_LEVEL_MISSING,
    /** {0} the decision's number, {1} the issuer. */
    NUMBER_TWICE,
    DECIDES_NOTHING,
    /** {0} the month. */
    MONTH_NOT_OVER,
    /** {0} the organisation, {1} the month. */
    FIGURES_ALREADY_REPORTED,
    /** {0} the complaints resolved, {1} those received. */
    RESOLVED_MORE_THAN_RECEIVED,

    /** The file sent as a workbook is no XLSX workbook (400). */
    WORKBOOK_UNREADABLE,
    /** {0} the cell's text. */
    NOT_A_DATE,
    /** {0} the cell's text. */
    NOT_A_WHOLE_NUMBER,
    /** {0} the cell's text, {1} the values offered, comma-separated. */
    NOT_A_CHOICE,
    /** {0} the decision's number, {1} the decisions' sheet. */
    NO_DECISION_IN_WORKBOOK
}
