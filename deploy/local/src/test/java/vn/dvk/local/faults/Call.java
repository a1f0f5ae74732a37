package vn.dvk.local.faults;

import java.time.Instant;

/**
 * One HTTP request the load made and how it ended.
 *
 * @param status the HTTP status, or {@link #UNREACHABLE} (connection refused: the replica is down) or
 *     {@link #NO_ANSWER} (no answer within the client's timeout: a hang)
 */
public record Call(String service, String replica, String operation, Instant at, long latencyMillis, int status,
        String contentType, String body) {

    public static final int UNREACHABLE = -1;
    public static final int NO_ANSWER = -2;

    public boolean accepted() {
        return status >= 200 && status < 300;
    }

    public boolean serverError() {
        return status >= 500;
    }

    /** The answer an outage of the service's own database should give: 503 with an RFC 9457 problem. */
    public boolean problem503() {
        return status == 503 && contentType != null && contentType.startsWith("application/problem+json");
    }

    /** The call was under way at some point between the two moments (a call made just before a fault may meet it). */
    public boolean between(Instant from, Instant to) {
        return !at.isAfter(to) && !at.plusMillis(latencyMillis).isBefore(from);
    }

    /** For failure messages: what was asked, where, and what came back (the body cut short). */
    public String describe() {
        String shortBody = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
        return "%s %s on %s at %s: %d %s in %d ms %s".formatted(service, operation, replica, at, status,
                contentType == null ? "" : contentType, latencyMillis, shortBody);
    }
}
