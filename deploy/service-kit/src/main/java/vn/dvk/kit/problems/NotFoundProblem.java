package vn.dvk.kit.problems;

import jakarta.ws.rs.core.Response;

/** The resource does not exist, or the caller may not know that it does. */
public class NotFoundProblem extends ApiProblem {
    public NotFoundProblem(String detail) {
        super(Response.Status.NOT_FOUND, detail);
    }

    public NotFoundProblem(BilingualText detail) {
        super(Response.Status.NOT_FOUND, detail);
    }
}
