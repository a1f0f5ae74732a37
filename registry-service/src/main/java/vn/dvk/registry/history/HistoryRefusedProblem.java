package vn.dvk.registry.history;

import java.util.List;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.MoreStatuses;
import vn.dvk.kit.problems.Problem;

/**
 * 422: the history file is well-formed JSON but breaks rules; every violation is listed, each {@code field} a JSON
 * pointer into the file ({@code /models/3/submittedOn}), and nothing was written.
 */
public class HistoryRefusedProblem extends InvalidRequestProblem {

    public HistoryRefusedProblem(List<Problem.Violation> violations) {
        super(HistoryProblems.HISTORY_REFUSED, MoreStatuses.UNPROCESSABLE_CONTENT,
                HistoryMessages.HISTORY_REFUSED.text(violations.size()), violations);
    }
}
