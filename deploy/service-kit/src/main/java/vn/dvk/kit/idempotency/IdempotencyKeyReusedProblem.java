package vn.dvk.kit.idempotency;

import vn.dvk.kit.problems.ApiProblem;
import vn.dvk.kit.problems.BilingualText;
import vn.dvk.kit.problems.MoreStatuses;

/** 422: an {@code Idempotency-Key} already used by the caller for a different request. */
public class IdempotencyKeyReusedProblem extends ApiProblem {

    public IdempotencyKeyReusedProblem(BilingualText detail) {
        super(MoreStatuses.UNPROCESSABLE_CONTENT, detail);
    }
}
