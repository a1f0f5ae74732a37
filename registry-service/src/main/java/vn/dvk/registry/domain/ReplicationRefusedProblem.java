package vn.dvk.registry.domain;

import jakarta.ws.rs.core.Response;
import vn.dvk.kit.problems.ApiProblem;
import vn.dvk.kit.problems.BilingualText;

/**
 * 422: the request is well-formed, but the model it names cannot be taken up (not recognised, the model itself, or
 * a model of the same unit). A model the caller may not see is refused exactly like one that is not recognised,
 * so ids cannot be probed through it.
 */
public class ReplicationRefusedProblem extends ApiProblem {

    private static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return RegistryProblems.REPLICATION_REFUSED.status();
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

    public ReplicationRefusedProblem(BilingualText detail) {
        super(RegistryProblems.REPLICATION_REFUSED, UNPROCESSABLE_CONTENT, detail);
    }
}
