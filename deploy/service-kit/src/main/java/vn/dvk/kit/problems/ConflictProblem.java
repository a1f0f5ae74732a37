package vn.dvk.kit.problems;

import jakarta.ws.rs.core.Response;

/**
 * The request is valid but the resource's current state does not allow it, or another change got there
 * first. Carries the resource as it stands now, when known.
 */
public class ConflictProblem extends ApiProblem {

    private final transient Object current;

    public ConflictProblem(String detail) {
        this(detail, null);
    }

    public ConflictProblem(String detail, Object current) {
        this(Response.Status.CONFLICT, BilingualText.english(detail), current);
    }

    public ConflictProblem(BilingualText detail) {
        this(detail, null);
    }

    public ConflictProblem(BilingualText detail, Object current) {
        this(Response.Status.CONFLICT, detail, current);
    }

    /** A conflict of a kind clients branch on (its own {@code type} URI). */
    public ConflictProblem(ProblemType type, BilingualText detail) {
        this(type, Response.Status.CONFLICT, detail, null);
    }

    /** A conflict of a kind clients branch on, naming what it refers to (the items refused, say). */
    public ConflictProblem(ProblemType type, BilingualText detail, Object current) {
        this(type, Response.Status.CONFLICT, detail, current);
    }

    /** For the refusals that are conflicts under another status, such as a stale {@code If-Match} (412). */
    protected ConflictProblem(Response.StatusType status, BilingualText detail, Object current) {
        this(CommonProblems.of(status.getStatusCode()), status, detail, current);
    }

    private ConflictProblem(ProblemType type, Response.StatusType status, BilingualText detail, Object current) {
        super(type, status, detail);
        this.current = current;
    }

    /** The resource's current representation, or null. */
    public Object current() {
        return current;
    }

    /** The same refusal, with the resource's current representation attached. */
    public ConflictProblem withCurrent(Object current) {
        ConflictProblem problem = new ConflictProblem(type(), status(), detail(), current);
        problem.initCause(this);
        return problem;
    }
}
