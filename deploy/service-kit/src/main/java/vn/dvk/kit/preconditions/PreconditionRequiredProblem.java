package vn.dvk.kit.preconditions;

import jakarta.ws.rs.core.Response;
import vn.dvk.kit.problems.ApiProblem;
import vn.dvk.kit.problems.BilingualText;

/** 428: an update must name the version it was made from ({@code If-Match}), so that no change is lost unseen. */
public class PreconditionRequiredProblem extends ApiProblem {

    public PreconditionRequiredProblem(BilingualText detail) {
        super(Response.Status.PRECONDITION_REQUIRED, detail);
    }
}
