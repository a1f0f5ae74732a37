package vn.dvk.kit.api;

import jakarta.ws.rs.core.Response;

/** The request is valid but the resource's current state does not allow it. */
public class ConflictProblem extends ApiProblem {
    public ConflictProblem(String detail) {
        super(Response.Status.CONFLICT, detail);
    }
}
