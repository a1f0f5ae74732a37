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
    STREAM_TOKEN_EXPIRED
}
