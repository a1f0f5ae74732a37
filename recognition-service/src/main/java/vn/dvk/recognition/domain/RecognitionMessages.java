package vn.dvk.recognition.domain;

import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.kit.problems.BilingualText;
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
    /** {0} the organisation asked for. */
    NO_ORGANISATION,
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
    DECLINE_ONLY_UNDER_REVIEW,

    /** {0} the campaign, {1} the level, named in each language. */
    NO_CRITERIA_SET,
    /** {0} the level, named in each language. */
    SCORING_CLOSED,
    /** {0} the level, named in each language; {1} what is unmet (one of the UNMET_ texts). */
    NOT_RECOGNISABLE_YET,
    UNMET_NO_COUNCIL,
    /** {0} members who voted, {1} the quorum. */
    UNMET_NO_QUORUM,
    /** {0} the share needed (percent), {1} votes in favour, {2} eligible members. */
    UNMET_SHORT_IN_FAVOUR,
    UNMET_NOT_SCORED,
    /** {0} the average score, {1} the pass threshold. */
    UNMET_BELOW_THRESHOLD,

    // field-level violations (a problem's violations[].message)
    TOKEN_IS_CERTIFICATE_TOKEN,
    TOKEN_NOT_A_CERTIFICATE_TOKEN,
    REASON_REQUIRED,
    DECISION_EMPTY,
    MODEL_NAMED_TWICE,
    SORT_OLDEST_OR_NEWEST,
    MEMBER_NAMED_TWICE,
    MORE_THAN_ONE_CHAIR,
    /** {0} the level, named in each language. */
    NOT_A_COMMITTEE_AT_LEVEL,
    NOT_A_SUBJECT,
    NOT_WITHIN_COMMITTEE,
    /** {0} the total the weights must reach. */
    WEIGHTS_TOTAL,
    CRITERION_CODES_UNIQUE,
    /** {0} the criterion's most points. */
    SCORE_FROM_ZERO_TO,
    NOT_A_CRITERION,
    /** {0} the level, named in each language; {1} the fewest members. */
    COUNCIL_MEMBERS_AT_LEAST,
    /** {0} the level, named in each language; {1} the lowest quorum. */
    COUNCIL_QUORUM_AT_LEAST,
    QUORUM_ABOVE_MEMBERS,

    // why a decision cannot take one of its cases or commendations (a refused decision's current[].reason)
    /** {0} the decision's level. */
    REFUSAL_NOT_ISSUERS_CASE,
    /** {0} the decision's level, {1} the case's stage, {2} the case's level. */
    REFUSAL_NOT_AWAITING_RECOGNITION,
    /** {0} the form asked for, {1} the forms there are. */
    REFUSAL_NO_SUCH_FORM,
    /** {0} the form's name, {1} the decision's level. */
    REFUSAL_FORM_NOT_AT_LEVEL,
    /** {0} the form's name, {1} its grades. */
    REFUSAL_FORM_NEEDS_GRADE,
    /** {0} the form's name. */
    REFUSAL_FORM_HAS_NO_GRADES,
    /** {0} the unit. */
    REFUSAL_NO_MODEL_OF_UNIT,
    /** {0} the unit. */
    REFUSAL_NO_UNIT,
    /** {0} the decision's level. */
    REFUSAL_ALREADY_COMMENDED,

    // a case's stage as a text names it
    STAGE_PENDING,
    STAGE_UNDER_REVIEW,
    STAGE_RECOGNIZED,
    STAGE_NOMINATED,
    STAGE_RETURNED,
    STAGE_DECLINED,
    STAGE_WITHDRAWN,
    STAGE_REVOKED;

    /** A level as each language names it in a text: "cơ sở" in Vietnamese, "BASE" in English. */
    public static BilingualText levelName(Level level) {
        return BilingualText.of(level.vietnamese(), level.name());
    }

    /** A case's stage as each language names it in a text: "đang xét" in Vietnamese, "UNDER_REVIEW" in English. */
    public static BilingualText stageName(Stage stage) {
        return valueOf("STAGE_" + stage.name()).text();
    }
}
