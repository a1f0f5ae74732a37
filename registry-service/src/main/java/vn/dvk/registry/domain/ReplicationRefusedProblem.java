package vn.dvk.registry.domain;

import vn.dvk.kit.problems.ApiProblem;
import vn.dvk.kit.problems.BilingualText;
import vn.dvk.kit.problems.MoreStatuses;

/**
 * 422: the request is well-formed, but the model it names cannot be taken up (not recognised, the model itself, or
 * a model of the same unit). A model the caller may not see is refused exactly like one that is not recognised,
 * so ids cannot be probed through it.
 */
public class ReplicationRefusedProblem extends ApiProblem {

    public ReplicationRefusedProblem(BilingualText detail) {
        super(RegistryProblems.REPLICATION_REFUSED, MoreStatuses.UNPROCESSABLE_CONTENT, detail);
    }
}
