package vn.dvk.recognition.domain;

import vn.dvk.kit.problems.Message;

/**
 * The recognition service's texts for clients: the titles of {@link RecognitionProblems} and the details of its
 * refusals. The wording is in {@code RecognitionMessages_vi.properties} and {@code RecognitionMessages_en.properties}
 * beside this enum (see the kit's {@link Message}); {@code RecognitionMessagesTest} checks both are complete. A
 * level passed as a two-language name shows as "cơ sở" in Vietnamese and "BASE" in English.
 */
public enum RecognitionMessages implements Message {
    TITLE_DUPLICATE_NUMBER,
    TITLE_CASES_NOT_READY,
    TITLE_DECISION_DATE_OUT_OF_RANGE,

    /** {0} the campaign asked for. */
    NO_CAMPAIGN,
    /** {0} the committee asked for. */
    NO_COMMITTEE,
    /** {0} the council asked for. */
    NO_COUNCIL,
    /** {0} the certificate asked for. */
    NO_CERTIFICATE,
    /** {0} the decision asked for. */
    NO_DECISION,
    /** {0} the model. */
    NO_CASE_FOR_MODEL,
    /** {0} the campaign, {1} the level. */
    NO_CRITERIA_AT_LEVEL,
    /** {0} the level. */
    NO_COUNCIL_JUDGES_CASE,

    /** {0} the number. */
    DECISION_NUMBER_TAKEN,
    /** {0} how many cases and commendations are refused. */
    CASES_NOT_TAKEN,
    DECISION_ALREADY_REVOKED,
    /** {0} the decision's date, {1} today, each written in its language's way. */
    DECISION_DATED_AFTER_TODAY,
    /** {0} the decision's date, {1} the model, {2} the day it started, dates written in each language's way. */
    DECISION_DATED_BEFORE_MODEL,

    COMMITTEE_HAS_COUNCIL,
    /** {0} the member's full name. */
    MEMBER_HAS_VOTED,
    MEMBER_RECUSED,

    CASE_WITHDRAWN,
    /** {0} the level, named in each language. */
    CASE_DECLINED,
    /** {0} the level, named in each language. */
    CASE_REVOKED,
    CASE_RETURNED,
    /** {0} the level, named in each language. */
    ALREADY_RECOGNISED,
    /** {0} the level, named in each language. */
    NOMINATE_ONLY_RECOGNISED,
    NO_LEVEL_ABOVE_PROVINCE,
    /** {0} the campaign, {1} its last level, named in each language. */
    CAMPAIGN_ENDS_AT_LEVEL,
    /** {0} the level, named in each language. */
    RETURN_ONLY_UNDER_REVIEW,
    /** {0} the level, named in each language. */
    DECLINE_ONLY_UNDER_REVIEW
}
