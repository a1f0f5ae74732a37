package vn.dvk.recognition.domain;

import vn.dvk.kit.problems.ApiProblem;
import vn.dvk.kit.problems.BilingualText;
import vn.dvk.kit.problems.MoreStatuses;

/** 422: a decision dated in the future, or before a model it recognises or commends had started. */
public class DecisionDateProblem extends ApiProblem {

    public DecisionDateProblem(BilingualText detail) {
        super(RecognitionProblems.DECISION_DATE_OUT_OF_RANGE, MoreStatuses.UNPROCESSABLE_CONTENT, detail);
    }
}
