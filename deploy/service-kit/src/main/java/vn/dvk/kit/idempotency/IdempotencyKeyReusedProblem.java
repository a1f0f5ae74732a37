package vn.dvk.kit.idempotency;

import jakarta.ws.rs.core.Response;
import vn.dvk.kit.problems.ApiProblem;
import vn.dvk.kit.problems.BilingualText;

/** 422: an {@code Idempotency-Key} already used by the caller for a different request. */
public class IdempotencyKeyReusedProblem extends ApiProblem {

    /** 422, which {@link Response.Status} does not name; a service's own 422 refusals use it too. */
    public static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
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

    public IdempotencyKeyReusedProblem(BilingualText detail) {
        super(UNPROCESSABLE_CONTENT, detail);
    }
}
