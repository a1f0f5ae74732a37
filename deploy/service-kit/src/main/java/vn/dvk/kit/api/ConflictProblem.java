package vn.dvk.kit.api;

/** The request is valid but the resource's current state does not allow it. */
public class ConflictProblem extends RuntimeException {
    public ConflictProblem(String detail) {
        super(detail);
    }
}
