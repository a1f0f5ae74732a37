package vn.dvk.kit.problems;

import java.util.Arrays;

/**
 * The kinds of problem every service can answer: those of HTTP, and those of the kit's own libraries (idempotency
 * keys, live streams). The refusals of a service's domain are that service's own {@link ProblemType}s.
 */
public enum CommonProblems implements ProblemType {
    INVALID_REQUEST(400, "invalid-request", "Yêu cầu không hợp lệ", "Invalid request"),
    MALFORMED_BODY(400, "malformed-body", "Nội dung yêu cầu không đọc được", "Malformed request body"),
    UNAUTHORIZED(401, "unauthorized", "Cần đăng nhập", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Không có quyền", "Forbidden"),
    NOT_FOUND(404, "not-found", "Không tìm thấy", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Phương thức không được hỗ trợ", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Không có định dạng trả về phù hợp", "Not acceptable"),
    CONFLICT(409, "conflict", "Xung đột với trạng thái hiện tại", "Conflict with the current state"),
    PRECONDITION_FAILED(412, "precondition-failed", "Dữ liệu đã thay đổi từ phiên bản bạn đọc",
            "The resource changed since the version you read"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Dữ liệu gửi lên quá lớn", "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Định dạng dữ liệu không được hỗ trợ",
            "Unsupported media type"),
    RANGE_NOT_SATISFIABLE(416, "range-not-satisfiable", "Khoảng dữ liệu yêu cầu nằm ngoài tệp",
            "Range not satisfiable"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Khóa Idempotency-Key đã dùng cho yêu cầu khác",
            "Idempotency-Key already used for another request"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Thiếu tiêu đề If-Match", "If-Match required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Quá nhiều yêu cầu", "Too many requests"),
    TOO_MANY_STREAMS(429, "too-many-streams", "Đang mở quá nhiều luồng cập nhật",
            "Too many live streams open"),
    /** Not an answer's status: the last event of a stream whose access token expired (vn.dvk.kit.streams). */
    TOKEN_EXPIRED(401, "token-expired", "Phiên đăng nhập đã hết hạn", "The access token has expired"),
    INTERNAL(500, "internal", "Lỗi hệ thống", "Internal error"),
    UNAVAILABLE(503, "unavailable", "Dịch vụ tạm thời gián đoạn", "Service temporarily unavailable"),
    /** A refusal under a status none of the others names. */
    OTHER(0, "other", "Yêu cầu không được chấp nhận", "Request refused");

    private final Definition definition;

    CommonProblems(int status, String slug, String vietnamese, String english) {
        this.definition = Definition.of(status, slug, vietnamese, english);
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
