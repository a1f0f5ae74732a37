package vn.dvk.kit.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a request into an RFC 9457 problem: 4xx for what the caller can fix, and a 500
 * that reveals nothing for what it cannot.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, UriInfo uri) {
        return problem(e.status(), e.getMessage(), uri, List.of());
    }

    /** Two changes raced for the same record (each entity carries a version); the loser may simply retry. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return problem(Response.Status.CONFLICT, "The resource was changed concurrently; read it again and retry",
                uri, List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(Response.Status.FORBIDDEN, e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(Response.Status.UNAUTHORIZED, "A valid bearer token is required", uri,
                List.of())).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response invalidBody(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(leaf(v.getPropertyPath().toString()), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return problem(Response.Status.BAD_REQUEST, "The request has invalid fields", uri, violations);
    }

    @ServerExceptionMapper
    public Response unknownValue(InvalidFormatException e, UriInfo uri) {
        String field = fieldOf(e);
        String allowed = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "; one of " + Arrays.stream(e.getTargetType().getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", "))
                : "";
        return problem(Response.Status.BAD_REQUEST, "Invalid value for " + field + allowed, uri,
                List.of(new Problem.Violation(field, "invalid value" + allowed)));
    }

    @ServerExceptionMapper
    public Response mismatchedBody(MismatchedInputException e, UriInfo uri) {
        return problem(Response.Status.BAD_REQUEST, "The request body does not have the expected shape at "
                + fieldOf(e), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        return problem(Response.Status.BAD_REQUEST, "The request body is not valid JSON", uri, List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.error("Request failed", e);
        }
        return problem(status, e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Request failed unexpectedly", e);
        return problem(Response.Status.INTERNAL_SERVER_ERROR, "An unexpected error occurred", uri, List.of());
    }

    private static Response problem(Response.StatusType status, String detail, UriInfo uri,
            List<Problem.Violation> violations) {
        Problem body = new Problem(URI.create("about:blank"), status.getReasonPhrase(), status.getStatusCode(),
                detail, uri == null ? null : URI.create(uri.getPath()), violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String fieldOf(MismatchedInputException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "the body" : path;
    }

    /** "create.request.title" → "title": the client knows its fields, not our method names. */
    private static String leaf(String propertyPath) {
        return propertyPath.substring(propertyPath.lastIndexOf('.') + 1);
    }
}
