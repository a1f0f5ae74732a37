package vn.dvk.testing.fuzz;

/** What came back: status, media type (without parameters) and body (empty for a stream left unread). */
public record Answer(int status, String contentType, String body) {
}
