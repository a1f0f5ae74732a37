package vn.dvk.kit.api;

/** The resource does not exist, or the caller may not know that it does. */
public class NotFoundProblem extends RuntimeException {
    public NotFoundProblem(String detail) {
        super(detail);
    }
}
