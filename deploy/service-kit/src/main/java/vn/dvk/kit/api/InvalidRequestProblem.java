package vn.dvk.kit.api;

import jakarta.ws.rs.core.Response;

/** The request is well-formed but refers to something that cannot be used (an unknown campaign, say). */
public class InvalidRequestProblem extends ApiProblem {
    public InvalidRequestProblem(String detail) {
        super(Response.Status.BAD_REQUEST, detail);
    }
}
