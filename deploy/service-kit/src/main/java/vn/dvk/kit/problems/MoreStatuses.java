package vn.dvk.kit.problems;

import jakarta.ws.rs.core.Response;

/** The statuses problems are answered with that {@link Response.Status} does not name. */
public final class MoreStatuses {

    /** 422 (RFC 9110): well-formed, but what it asks for cannot be done, such as a key reused for another request. */
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

    private MoreStatuses() {
    }
}
