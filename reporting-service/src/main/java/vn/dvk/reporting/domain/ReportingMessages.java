package vn.dvk.reporting.domain;

import vn.dvk.kit.problems.Message;

/**
 * The reporting service's texts for clients: the details of its refusals. The wording is in
 * {@code ReportingMessages_vi.properties} and {@code ReportingMessages_en.properties} beside this enum (see the
 * kit's {@link Message}); {@code ReportingMessagesTest} checks both are complete.
 */
public enum ReportingMessages implements Message {
    /** {0} the organisation asked for. */
    NO_ORGANISATION,
    REBUILD_RUNNING,

    // field-level violations (a problem's violations[].message)
    /** {0} the most characters. */
    AT_MOST_CHARACTERS,
    /** {0} the fewest characters. */
    AT_LEAST_CHARACTERS,
    NO_CONTROL_CHARACTERS,
    CODE_IN_CAPITALS,
    REQUIRED,
    REQUIRED_UNLESS_MOVEMENT,
    FROM_AFTER_AS_OF,
    PERIOD_WITH_DATES,
    /** {0} examples of periods. */
    PERIOD_FORMAT,
    PERIOD_NOT_BEGUN,
    /** {0} the most months. */
    TIMELINE_LONGER_THAN
}
