package vn.dvk.kit.problems;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The request is well-formed but refers to something that cannot be used (an unknown campaign, say), or breaks
 * a rule across fields; the fields at fault are named when known.
 */
public class InvalidRequestProblem extends ApiProblem {

    private final transient List<Problem.Violation> violations;

    public InvalidRequestProblem(String detail) {
        this(detail, List.of());
    }

    public InvalidRequestProblem(String detail, List<Problem.Violation> violations) {
        this(BilingualText.english(detail), violations);
    }

    public InvalidRequestProblem(BilingualText detail, List<Problem.Violation> violations) {
        super(Response.Status.BAD_REQUEST, detail);
        this.violations = List.copyOf(violations);
    }

    /**
     * A refusal of a kind more precise than 400, still listing the fields at fault: a whole file checked before
     * anything is written (422), say.
     */
    protected InvalidRequestProblem(ProblemType type, Response.StatusType status, BilingualText detail,
            List<Problem.Violation> violations) {
        super(type, status, detail);
        this.violations = List.copyOf(violations);
    }

    /** A refusal because of one field. */
    public static InvalidRequestProblem ofField(String field, String message) {
        return new InvalidRequestProblem("Invalid value for " + field + ": " + message,
                List.of(new Problem.Violation(field, message)));
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
