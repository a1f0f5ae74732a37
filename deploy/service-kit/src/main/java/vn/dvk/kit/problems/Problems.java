package vn.dvk.kit.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** Builds problem+json responses; shared by the exception mappers and the request filters (the services' too). */
public final class Problems {

    private Problems() {
    }

    public static Response response(Response.StatusType status, BilingualText detail, UriInfo uri) {
        return response(status, detail, uri, List.of(), null);
    }

    static Response response(Response.StatusType status, BilingualText detail, UriInfo uri,
            List<Problem.Violation> violations, Object current) {
        return response(CommonProblems.of(status.getStatusCode()), status, detail, uri, violations, current);
    }

    /**
     * A problem of the given kind, titled and worded in Vietnamese; {@link ProblemLanguage} words it again in the
     * language the client prefers.
     */
    static Response response(ProblemType type, Response.StatusType status, BilingualText detail, UriInfo uri,
            List<Problem.Violation> violations, Object current) {
        Problem body = new Problem(type.uri(), type.title(Languages.VIETNAMESE), status.getStatusCode(),
                detail.in(Languages.VIETNAMESE), instance(uri), violations, current, detail, type);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /**
     * The request's path as a URI reference. The decoded path may hold anything a client sent percent-encoded
     * (spaces, quotes, braces, NUL, line breaks), so it is re-encoded; a problem must never fail to be built.
     */
    private static URI instance(UriInfo uri) {
        if (uri == null) {
            return null;
        }
        try {
            return new URI(null, null, uri.getPath(), null);
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
