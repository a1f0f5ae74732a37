package vn.dvk.kit.problems;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The request is well-formed but refers to something that cannot be used (an unknown campaign, say), or breaks
 * a rule across fields; the fields at fault are named when known.
 */
public class InvalidRequestProblem extends ApiProblem {

    private final transient List<Problem.Violation> violations;

    public InvalidRequestProblem(BilingualText detail) {
        this(detail, List.of());
    }

    public InvalidRequestProblem(BilingualText detail, List<Problem.Violation> violations) {
        super(Response.Status.BAD_REQUEST, detail);
        this.violations = List.copyOf(violations);
    }

    /** A refusal because of one field, for the reason worded (a key of the module's catalogue). */
    public static InvalidRequestProblem ofField(String field, BilingualText message) {
        return new InvalidRequestProblem(KitMessages.INVALID_VALUE.text(field, message),
                List.of(new Problem.Violation(field, message)));
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
