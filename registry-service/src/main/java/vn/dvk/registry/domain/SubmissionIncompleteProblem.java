package vn.dvk.registry.domain;

import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.dvk.kit.problems.CommonProblems;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.Problem;

/**
 * 409: the draft is well-formed but not yet complete enough to submit. Still a conflict with the model's state (a
 * draft may be incomplete; only its submission may not), so clients that branch on 409 keep doing so; the
 * {@code violations} name each field that is missing, so a form shows the message at the field.
 */
public class SubmissionIncompleteProblem extends InvalidRequestProblem {

    public SubmissionIncompleteProblem(List<Problem.Violation> violations) {
        super(CommonProblems.CONFLICT, Response.Status.CONFLICT, RegistryMessages.MODEL_FIELDS_MISSING.text(
                String.join(", ", violations.stream().map(Problem.Violation::field).toList())), violations);
    }
}
