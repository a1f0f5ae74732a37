package vn.dvk.kit.api;

import jakarta.ws.rs.core.Response;
import java.time.Duration;

/** 429: the caller used up its allowance of requests; {@code Retry-After} says when the next one will be served. */
public class TooManyRequestsProblem extends ApiProblem {

    private final Duration retryAfter;

    public TooManyRequestsProblem(Duration retryAfter) {
        super(Response.Status.TOO_MANY_REQUESTS, Detail.of(
                "Quá nhiều yêu cầu; hãy thử lại sau " + seconds(retryAfter) + " giây",
                "Too many requests; try again in " + seconds(retryAfter) + " s"));
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up: a client that waits exactly this long finds a request allowed. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
