package vn.dvk.kit.problems;

import jakarta.ws.rs.core.Response;

/** A failure the caller can understand and act on, answered with its status as a problem+json body. */
public abstract class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final Response.StatusType status;
    private final BilingualText detail;

    protected ApiProblem(Response.StatusType status, String detail) {
        this(CommonProblems.of(status.getStatusCode()), status, BilingualText.english(detail));
    }

    protected ApiProblem(Response.StatusType status, BilingualText detail) {
        this(CommonProblems.of(status.getStatusCode()), status, detail);
    }

    /** A problem of a kind more precise than its status, such as a registration period that has ended (any kind). */
    protected ApiProblem(ProblemType type, Response.StatusType status, String detail) {
        this(type, status, BilingualText.english(detail));
    }

    protected ApiProblem(ProblemType type, Response.StatusType status, BilingualText detail) {
        super(detail.english());
        this.type = type;
        this.status = status;
        this.detail = detail;
    }

    /** The detail in both languages where it is worded in both (the message is the English one). */
    public BilingualText detail() {
        return detail;
    }

    public ProblemType type() {
        return type;
    }

    public Response.StatusType status() {
        return status;
    }
}
