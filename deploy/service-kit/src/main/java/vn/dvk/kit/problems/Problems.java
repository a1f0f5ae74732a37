package vn.dvk.kit.problems;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

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
     * A problem of the given kind, titled and worded in the language of the request's {@code Accept-Language}
     * (Vietnamese by default). {@link ProblemLanguage} words it again on its way out; it is worded here as well
     * because response filters do not run for every answer (a refused server-sent-event stream's, for one).
     */
    static Response response(ProblemType type, Response.StatusType status, BilingualText detail, UriInfo uri,
            List<Problem.Violation> violations, Object current) {
        Locale language = requestLanguage();
        Problem body = new Problem(type.uri(), type.title(language), status.getStatusCode(), detail.in(language),
                instance(uri), violations.stream().map(v -> v.in(language)).toList(), current, detail, type);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag()).build();
    }

    /** The language the request being answered prefers; Vietnamese outside a request. */
    private static Locale requestLanguage() {
        try {
            ArcContainer container = Arc.container();
            RoutingContext request = container == null ? null
                    : container.instance(CurrentVertxRequest.class).get().getCurrent();
            return Languages.preferred(request == null ? null
                    : request.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        } catch (RuntimeException e) {
            return Languages.VIETNAMESE; // no request context: nobody to ask
        }
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
