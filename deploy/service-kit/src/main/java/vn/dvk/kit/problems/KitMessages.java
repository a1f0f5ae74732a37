package vn.dvk.kit.problems;

/**
 * The texts the kit itself words for clients: the titles of {@link CommonProblems} and the details of the problems
 * its mappers, request checks, idempotency keys, preconditions and live streams raise. The wording is in
 * {@code KitMessages_vi.properties} and {@code KitMessages_en.properties} beside this enum (see {@link Message}).
 */
public enum KitMessages implements Message {
    TITLE_INVALID_REQUEST,
    TITLE_MALFORMED_BODY,
    TITLE_UNAUTHORIZED,
    TITLE_FORBIDDEN,
    TITLE_NOT_FOUND,
    TITLE_METHOD_NOT_ALLOWED,
    TITLE_NOT_ACCEPTABLE,
    TITLE_CONFLICT,
    TITLE_PRECONDITION_FAILED,
    TITLE_PAYLOAD_TOO_LARGE,
    TITLE_UNSUPPORTED_MEDIA_TYPE,
    TITLE_RANGE_NOT_SATISFIABLE,
    TITLE_IDEMPOTENCY_KEY_REUSED,
    TITLE_PRECONDITION_REQUIRED,
    TITLE_TOO_MANY_REQUESTS,
    TITLE_TOO_MANY_STREAMS,
    TITLE_TOKEN_EXPIRED,
    TITLE_INTERNAL,
    TITLE_UNAVAILABLE,
    TITLE_OTHER,

    BEARER_TOKEN_REQUIRED,
    INVALID_FIELDS,
    /** {0} the field, {1} why its value is refused. */
    INVALID_VALUE,
    /** {0} the field. */
    UNKNOWN_FIELD,
    /** {0} where in the body. */
    BODY_SHAPE_WRONG_AT,
    BODY_SHAPE_WRONG,
    /** {0} the JSON parser's complaint. */
    BODY_NOT_JSON,
    REQUEST_CUT_OFF,
    MULTIPART_UNREADABLE,
    CHANGED_CONCURRENTLY_READ_AGAIN,
    DATABASE_UNREACHABLE,
    UNEXPECTED_ERROR,
    INVALID_QUERY_PARAMETERS,
    ACCEPT_NOT_MEDIA_TYPES,
    /** {0} whole seconds to wait. */
    TOO_MANY_REQUESTS_RETRY_IN,

    /** {0} the header's name. */
    IDEMPOTENCY_KEY_MALFORMED,
    /** {0} the header's name. */
    IDEMPOTENCY_KEY_USED_FOR_ANOTHER_REQUEST,

    IF_MATCH_REQUIRED,
    /** {0} the current ETag. */
    CHANGED_SINCE_READ,
    /** {0} the If-Match sent, {1} the current ETag. */
    CHANGED_SINCE_IF_MATCH,
    CHANGED_CONCURRENTLY_IF_MATCH,
    CHANGED_CONCURRENTLY_STATE_ATTACHED,

    /** {0} the most streams one user may hold open. */
    TOO_MANY_STREAMS_FOR_USER,
    TOO_MANY_STREAMS_ON_SERVER,
    STREAM_TOKEN_EXPIRED,

    // the framework's refusals
    FORBIDDEN,
    NO_SUCH_RESOURCE,
    METHOD_NOT_ALLOWED,
    NOT_ACCEPTABLE,
    UNSUPPORTED_MEDIA_TYPE,
    /** {0} the HTTP status. */
    REFUSED_BY_FRAMEWORK,
    /** {0} the line, {1} the column where the JSON parser stopped. */
    JSON_POSITION,
    JSON_POSITION_UNKNOWN,

    // field-level violations (a problem's violations[].message): each says what is wrong with the field it follows
    /** {0} the values allowed, comma-separated. */
    ONE_OF,
    TAKES_ONE_VALUE,
    DATE_LIKE,
    DATE_TIME_LIKE,
    /** {0} the largest page. */
    LIMIT_FROM_ONE_TO,
    WHOLE_NUMBER_AT_LEAST_ONE,
    CURSOR_NOT_HANDED_OUT,
    NOT_MEDIA_TYPES,
    /** {0} the fields the request has. */
    NOT_A_FIELD_KNOWN_ARE,
    WRONG_TYPE_OF_VALUE,
    /** {0} the kind of value expected (a Java type's simple name: LocalDate, UUID, Integer). */
    NOT_A_VALUE_OF_TYPE,
    VALUE_SURROUNDED_BY_WHITE_SPACE,
    /** {0} what is wrong with the text ({@link #TEXT_CONTROL_CHARACTER}, {@link #TEXT_LONE_SURROGATE}). */
    TEXT_REFUSED,
    /** {0} the character, U+0000. */
    TEXT_CONTROL_CHARACTER,
    /** {0} the code unit, U+D800. */
    TEXT_LONE_SURROGATE,
    /** {0} what is wrong with the path's text. */
    PATH_REFUSED,
    /** {0} the parameter, {1} what is wrong with its text. */
    QUERY_PARAMETER_REFUSED,
    CODE_FORMAT,

    // Bean Validation's built-in constraints (ConstraintMessages); the English is Hibernate Validator's
    CONSTRAINT_NOT_NULL,
    CONSTRAINT_NOT_BLANK,
    CONSTRAINT_NOT_EMPTY,
    CONSTRAINT_NULL,
    /** {0} the least, {1} the most. */
    CONSTRAINT_SIZE,
    /** {0} the least. */
    CONSTRAINT_MIN,
    /** {0} the most. */
    CONSTRAINT_MAX,
    CONSTRAINT_POSITIVE,
    CONSTRAINT_POSITIVE_OR_ZERO,
    CONSTRAINT_NEGATIVE,
    CONSTRAINT_NEGATIVE_OR_ZERO,
    /** {0} the regular expression. */
    CONSTRAINT_PATTERN,
    CONSTRAINT_PAST,
    CONSTRAINT_PAST_OR_PRESENT,
    CONSTRAINT_FUTURE,
    CONSTRAINT_FUTURE_OR_PRESENT,
    CONSTRAINT_EMAIL,
    CONSTRAINT_ASSERT_TRUE,
    CONSTRAINT_ASSERT_FALSE,
    /** A constraint without a wording of its own in a catalogue (Vietnamese only; the English is the validator's). */
    CONSTRAINT_OTHER
}
