package vn.dvk.kit.problems;

import jakarta.ws.rs.core.Response;
import java.time.Duration;

/** A refusal that passes with time (a limit reached): answered with Retry-After, in whole seconds. */
public class RetryLaterProblem extends ApiProblem {

    private final Duration retryAfter;

    public RetryLaterProblem(ProblemType type, Response.StatusType status, BilingualText detail, Duration retryAfter) {
        super(type, status, detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up: a client that waits exactly this long finds a request allowed. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
