package vn.dvk.kit.api;

import jakarta.ws.rs.core.Response;

/** 428: an update must name the version it was made from ({@code If-Match}), so that no change is lost unseen. */
public class PreconditionRequiredProblem extends ApiProblem {

    public PreconditionRequiredProblem(Detail detail) {
        super(Response.Status.PRECONDITION_REQUIRED, detail);
    }
}
