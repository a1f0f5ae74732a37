package vn.dvk.kit.api;

import jakarta.ws.rs.core.Response;

/** A failure the caller can understand and act on, answered with its status as a problem+json body. */
public abstract class ApiProblem extends RuntimeException {

    private final Response.StatusType status;

    protected ApiProblem(Response.StatusType status, String detail) {
        super(detail);
        this.status = status;
    }

    public Response.StatusType status() {
        return status;
    }
}
