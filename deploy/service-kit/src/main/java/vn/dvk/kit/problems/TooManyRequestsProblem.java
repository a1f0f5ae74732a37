package vn.dvk.kit.problems;

import jakarta.ws.rs.core.Response;
import java.time.Duration;

/** 429: the caller used up its allowance of requests; {@code Retry-After} says when the next one will be served. */
public class TooManyRequestsProblem extends RetryLaterProblem {

    public TooManyRequestsProblem(Duration retryAfter) {
        super(CommonProblems.TOO_MANY_REQUESTS, Response.Status.TOO_MANY_REQUESTS,
                KitMessages.TOO_MANY_REQUESTS_RETRY_IN.text(seconds(retryAfter)), retryAfter);
    }
}
