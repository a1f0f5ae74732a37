package vn.dvk.kit.problems;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;

/**
 * The kinds of problem the APIs answer, each with a stable {@code type} URI a client can branch on (RFC 9457) and a
 * title in Vietnamese (the default) and English. The URIs name kinds; they are not fetched.
 */
public enum ProblemType {
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
    UPLOAD_QUOTA_EXCEEDED(413, "upload-quota-exceeded", "Đã dùng hết dung lượng tải lên được cấp",
            "Upload quota exceeded"),
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
    OUTSIDE_REGISTRATION_PERIOD(409, "outside-registration-period", "Ngoài thời hạn đăng ký của đợt thi đua",
            "Outside the campaign's registration period"),
    DUPLICATE_NUMBER(409, "duplicate-number", "Số quyết định đã được dùng", "Decision number already used"),
    CASES_NOT_READY(409, "cases-not-ready", "Có hồ sơ chưa đủ điều kiện để quyết định",
            "Some cases cannot be decided"),
    INTERNAL(500, "internal", "Lỗi hệ thống", "Internal error"),
    UNAVAILABLE(503, "unavailable", "Dịch vụ tạm thời gián đoạn", "Service temporarily unavailable"),
    OTHER(0, "other", "Yêu cầu không được chấp nhận", "Request refused");

    /** Where the kinds are named; the same base as the event schemas' ids. */
    public static final String BASE = "https://dvk.example/problems/";

    private final int status;
    private final URI uri;
    private final String vietnamese;
    private final String english;

    ProblemType(int status, String slug, String vietnamese, String english) {
        this.status = status;
        this.uri = URI.create(BASE + slug);
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** The kind of an error known only by its status. */
    public static ProblemType of(int status) {
        return Arrays.stream(values()).filter(type -> type.status == status).findFirst().orElse(OTHER);
    }

    /** The kind a problem's {@code type} names. */
    public static ProblemType ofUri(URI uri) {
        return Arrays.stream(values()).filter(type -> type.uri.equals(uri)).findFirst().orElse(OTHER);
    }

    public URI uri() {
        return uri;
    }

    public String title(Locale language) {
        return Languages.ENGLISH.getLanguage().equals(language.getLanguage()) ? english : vietnamese;
    }
}
