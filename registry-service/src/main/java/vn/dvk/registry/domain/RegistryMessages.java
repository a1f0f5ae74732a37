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
    FILE_NOT_WHAT_ITS_NAME_SAYS
}
