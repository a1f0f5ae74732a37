package vn.dvk.registry.domain;

import vn.dvk.kit.problems.Message;

/**
 * The registry's texts for clients: the titles of {@link RegistryProblems} and the details of its refusals. The
 * wording is in {@code RegistryMessages_vi.properties} and {@code RegistryMessages_en.properties} beside this enum
 * (see the kit's {@link Message}); {@code RegistryMessagesTest} checks both are complete.
 */
public enum RegistryMessages implements Message {
    TITLE_OUTSIDE_REGISTRATION_PERIOD,
    TITLE_UPLOAD_QUOTA_EXCEEDED,
    TITLE_REPLICATION_REFUSED,

    /** {0} the organisation asked for. */
    NO_ORGANISATION,
    /** {0} the campaign asked for. */
    NO_CAMPAIGN,
    /** {0} the model asked for. */
    NO_MODEL,
    /** {0} the model, {1} the version number. */
    MODEL_HAS_NO_VERSION,
    /** {0} the attachment, {1} the model. */
    NO_ATTACHMENT_OF_MODEL,
    /** {0} the model, {1} the model it would take up. */
    NO_REPLICATION,
    /** {0} the organisation, {1} the month. */
    NO_FIGURES_FOR_MONTH,
    /** {0} the If-Match sent. */
    NO_REPORT_FOR_IF_MATCH,

    /** {0} the campaign, {1} its status, {2} the first day of registrations, {3} the last. */
    REGISTRATION_PERIOD,
    /** {0} the campaign. */
    CAMPAIGN_CLOSED,
    /** {0} the campaign, {1} its status, {2} the status the change starts from. */
    CAMPAIGN_NOT_IN_STATUS,

    /** {0} the model's status. */
    MODEL_NOT_EDITABLE,
    /** {0} the model's campaign. */
    MODEL_STAYS_IN_ITS_CAMPAIGN,
    /** {0} the model's status. */
    MODEL_NOT_SUBMITTABLE,
    /** {0} the fields, comma-separated. */
    MODEL_FIELDS_MISSING,
    /** A field a submission needs, left empty (the violation names it). */
    REQUIRED_FOR_SUBMISSION,
    /** {0} the model's status. */
    MODEL_NOT_WITHDRAWABLE,

    /** {0} the model named as the one taken up. */
    REPLICATES_NO_RECOGNISED_MODEL,
    REPLICATES_ITSELF,
    /** {0} the model named as the one taken up. */
    REPLICATES_OWN_UNITS_MODEL,
    /** {0} the model taken up. */
    ALREADY_REPLICATES,
    /** {0} the model's status. */
    MODEL_CANNOT_REPLICATE,
    /** {0} the day of the result, {1} the day the model was taken up. */
    RESULT_BEFORE_TAKE_UP,

    PROVINCE_CANNOT_BE_DEACTIVATED,
    /** {0} the organisation. */
    ORGANISATION_HAS_ACTIVE_CHILDREN,
    /** {0} the organisation above. */
    PARENT_ORGANISATION_INACTIVE,
    /** A unit was given the names its documents would be issued under: units issue none. */
    UNIT_ISSUES_NO_DOCUMENTS,
    FIGURES_INCONSISTENT,
    /** {0} the organisation. */
    INACTIVE_ORGANISATION_REPORTS_NOTHING,

    /** {0} the model's status. */
    ATTACHMENT_REMOVED_ONLY_WHILE_EDITABLE,
    ATTACHMENT_SHOWN_BY_PROGRESS_UPDATE,
    /** {0} the model's status. */
    MODEL_TAKES_NO_EVIDENCE,
    TOO_MANY_UPLOADS,
    /** {0} the file's bytes, {1} the most a file may have. */
    FILE_TOO_LARGE,
    /** {0} files the model holds, {1} their bytes, {2} the most files, {3} the most bytes. */
    MODEL_QUOTA_EXCEEDED,
    /** {0} files the unit holds, {1} their bytes, {2} the most files, {3} the most bytes. */
    UNIT_QUOTA_EXCEEDED,
    /** {0} the detected type. */
    FILE_TYPE_NOT_ACCEPTED,
    /** {0} the file's name, {1} the type its name says. */
    FILE_NOT_WHAT_ITS_NAME_SAYS,

    // field-level violations (a problem's violations[].message) and details of refusals
    FILE_PART_MISSING,
    /** {0} the most characters. */
    AT_MOST_CHARACTERS,
    /** {0} the value sent. */
    NOT_AN_ID_OF_FEED,
    RECORD_INCONSISTENT,
    MONTH_LIKE,
    TO_BEFORE_FROM,
    /** {0} the current month. */
    AFTER_CURRENT_MONTH,
    OWNER_NAME_REQUIRED,
    FILE_EMPTY,
    NOT_AN_ATTACHMENT_OF_MODEL,
    FILE_NAME_LENGTH,
    /** {0} the campaign, {1} the unit. */
    NO_CAMPAIGN_OPEN_TO,
    /** {0} the complaints received. */
    MORE_RESOLVED_THAN_RECEIVED,
    /** {0} the id. */
    ID_TAKEN,
    /** {0} the campaign's id. */
    CAMPAIGN_ID_IS,
    /** {0} the organisation that launched it. */
    LAUNCHER_STAYS,
    /** {0} the organisation. */
    NO_ACTIVE_ORGANISATION_IN_PROVINCE,
    CAMPAIGN_INCONSISTENT,
    CURSOR_OF_ANOTHER_SORT,
    PROVINCE_BY_IMPORT,
    NEW_ORGANISATION_ACTIVE,
    PROVINCE_HAS_NO_PARENT,
    TWICE_IN_IMPORT,
    IN_NO_PROVINCE,
    OUTSIDE_YOUR_PROVINCE,
    TAKEN,
    KIND_DOES_NOT_CHANGE,
    ORGANISATIONS_NOT_SAVED,
    /** {0} the kind. */
    KIND_NEEDS_PARENT,
    /** {0} the organisation. */
    NO_ORGANISATION_IN_PROVINCE,
    /** {0} the kind, {1} the kind above it, {2} the parent named, {3} the parent's kind. */
    KIND_HANGS_UNDER,
    /** {0} the parent. */
    PARENT_INACTIVE,
    /** {0} the organisation holding it. */
    CODE_OF_ANOTHER,
    /** {0} the organisation holding it. */
    CODE_SHARED_WITH,
    /** {0} the province. */
    ID_MUST_BEGIN_WITH,
    ENDS_BEFORE_STARTS,
    /** {0} the most years. */
    PERIOD_LONGER_THAN,
    OUTSIDE_PERIOD,
    WINDOWS_FROM_BASE_UP,
    /** {0} the kind of the launching organisation. */
    NO_LEVEL_ABOVE_LAUNCHER,
    CLOSES_BEFORE_OPENS,
    OPENS_BEFORE_PERIOD,
    NO_OTHER_MODEL_YOU_SEE,
    NAMES_A_VERSION,
    TRUE_OR_FALSE,
    RELEVANCE_NEEDS_TEXT,
    /** A constraint's message (OrganisationEntry.CODE_MESSAGE). */
    ORGANISATION_CODE_FORMAT,
    /** A constraint's message (CampaignDefinition.movement). */
    MOVEMENT_CODE_FORMAT
}
