package vn.dvk.kit.api;

/** The request is well-formed but refers to something that cannot be used (an unknown campaign, say). */
public class InvalidRequestProblem extends RuntimeException {
    public InvalidRequestProblem(String detail) {
        super(detail);
    }
}
