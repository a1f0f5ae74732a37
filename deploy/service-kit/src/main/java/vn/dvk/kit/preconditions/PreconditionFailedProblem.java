package vn.dvk.kit.preconditions;

import jakarta.ws.rs.core.Response;
import vn.dvk.kit.problems.BilingualText;
import vn.dvk.kit.problems.ConflictProblem;

/**
 * 412: the resource changed after the version the client named in {@code If-Match}. It is a conflict the client
 * can resolve the same way (the current state is attached), under the status HTTP gives conditional requests.
 */
public class PreconditionFailedProblem extends ConflictProblem {

    public PreconditionFailedProblem(BilingualText detail, Object current) {
        super(Response.Status.PRECONDITION_FAILED, detail, current);
    }

    @Override
    public PreconditionFailedProblem withCurrent(Object current) {
        PreconditionFailedProblem problem = new PreconditionFailedProblem(detail(), current);
        problem.initCause(this);
        return problem;
    }
}
