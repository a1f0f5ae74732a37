package vn.dvk.recognition.domain;

import jakarta.ws.rs.core.Response;
import vn.dvk.kit.problems.ApiProblem;
import vn.dvk.kit.problems.BilingualText;

/** 422: a decision dated in the future, or before a model it recognises or commends had started. */
public class DecisionDateProblem extends ApiProblem {

    private static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    public DecisionDateProblem(BilingualText detail) {
        super(RecognitionProblems.DECISION_DATE_OUT_OF_RANGE, UNPROCESSABLE_CONTENT, detail);
    }
}
