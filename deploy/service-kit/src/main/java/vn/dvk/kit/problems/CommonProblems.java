package vn.dvk.kit.problems;

import java.util.Arrays;

/**
 * The kinds of problem every service can answer: those of HTTP, and those of the kit's own libraries (idempotency
 * keys, live streams). The refusals of a service's domain are that service's own {@link ProblemType}s.
 */
public enum CommonProblems implements ProblemType {
    INVALID_REQUEST(400, "invalid-request", KitMessages.TITLE_INVALID_REQUEST),
    MALFORMED_BODY(400, "malformed-body", KitMessages.TITLE_MALFORMED_BODY),
    UNAUTHORIZED(401, "unauthorized", KitMessages.TITLE_UNAUTHORIZED),
    FORBIDDEN(403, "forbidden", KitMessages.TITLE_FORBIDDEN),
    NOT_FOUND(404, "not-found", KitMessages.TITLE_NOT_FOUND),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", KitMessages.TITLE_METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE(406, "not-acceptable", KitMessages.TITLE_NOT_ACCEPTABLE),
    CONFLICT(409, "conflict", KitMessages.TITLE_CONFLICT),
    PRECONDITION_FAILED(412, "precondition-failed", KitMessages.TITLE_PRECONDITION_FAILED),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", KitMessages.TITLE_PAYLOAD_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", KitMessages.TITLE_UNSUPPORTED_MEDIA_TYPE),
    RANGE_NOT_SATISFIABLE(416, "range-not-satisfiable", KitMessages.TITLE_RANGE_NOT_SATISFIABLE),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", KitMessages.TITLE_IDEMPOTENCY_KEY_REUSED),
    PRECONDITION_REQUIRED(428, "precondition-required", KitMessages.TITLE_PRECONDITION_REQUIRED),
    TOO_MANY_REQUESTS(429, "too-many-requests", KitMessages.TITLE_TOO_MANY_REQUESTS),
    TOO_MANY_STREAMS(429, "too-many-streams", KitMessages.TITLE_TOO_MANY_STREAMS),
    /** Not an answer's status: the last event of a stream whose access token expired (vn.dvk.kit.streams). */
    TOKEN_EXPIRED(401, "token-expired", KitMessages.TITLE_TOKEN_EXPIRED),
    INTERNAL(500, "internal", KitMessages.TITLE_INTERNAL),
    UNAVAILABLE(503, "unavailable", KitMessages.TITLE_UNAVAILABLE),
    /** A refusal under a status none of the others names. */
    OTHER(0, "other", KitMessages.TITLE_OTHER);

    private final Definition definition;

    CommonProblems(int status, String slug, KitMessages title) {
        this.definition = Definition.of(status, slug, title);
    }

    /** The kind of an error known only by its status. */
    public static CommonProblems of(int status) {
        return Arrays.stream(values()).filter(type -> type.status() == status).findFirst().orElse(OTHER);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
