package vn.dvk.kit.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.dvk.kit.failure.FailureKind;
import vn.dvk.kit.failure.Failures;
import vn.dvk.kit.json.RefusedValue;

/**
 * Turns every failure of a request into an RFC 9457 problem: 4xx for what the caller can fix, 409 for a race
 * lost to another request, 503 while a dependency is away, and a 500 that reveals nothing for the rest — the
 * only kind logged as an error.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** How long a client should wait before retrying while the database is away (seconds). */
    private static final String RETRY_AFTER = "5";
    /** How a problem names the request body as a whole. */
    private static final String BODY = "the body";
    /** The package of Quarkus REST's multipart parser. */
    private static final String MULTIPART_PARSER = "org.jboss.resteasy.reactive.server.core.multipart.";

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, UriInfo uri) {
        Object current = e instanceof ConflictProblem conflict ? conflict.current() : null;
        List<Problem.Violation> violations = e instanceof InvalidRequestProblem invalid ? invalid.violations() : List.of();
        Response problem = Problems.response(e.type(), e.status(), e.detail(), uri, violations, current);
        if (e instanceof RetryLaterProblem later) {
            return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, later.retryAfterSeconds()).build();
        }
        return problem;
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(Response.Status.FORBIDDEN, KitMessages.FORBIDDEN.text(), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(Problems.response(Response.Status.UNAUTHORIZED,
                KitMessages.BEARER_TOKEN_REQUIRED.text(), uri)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(leaf(v.getPropertyPath().toString()), ConstraintMessages.of(v)))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList();
        return Problems.response(Response.Status.BAD_REQUEST,
                KitMessages.INVALID_FIELDS.text(), uri, violations, null);
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException e, UriInfo uri) {
        String field = fieldOf(e);
        Class<?> target = e.getTargetType();
        BilingualText reason;
        if (e instanceof RefusedValue refused) {
            reason = refused.reason();
        } else if (target != null && target.isEnum()) {
            reason = KitMessages.ONE_OF.text(Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        } else {
            // the parser's own complaint names Java types; the client is told what kind of value was expected
            reason = KitMessages.NOT_A_VALUE_OF_TYPE.text(target == null ? "?" : target.getSimpleName());
        }
        return Problems.response(Response.Status.BAD_REQUEST, KitMessages.INVALID_VALUE.text(field, reason), uri,
                List.of(new Problem.Violation(field, reason)), null);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = fieldOf(e);
        BilingualText reason = KitMessages.NOT_A_FIELD_KNOWN_ARE.text(e.getKnownPropertyIds());
        return Problems.response(Response.Status.BAD_REQUEST,
                KitMessages.UNKNOWN_FIELD.text(field), uri,
                List.of(new Problem.Violation(field, reason)), null);
    }

    @ServerExceptionMapper
    public Response mismatchedBody(MismatchedInputException e, UriInfo uri) {
        String field = fieldOf(e);
        boolean wholeBody = field.equals(BODY);
        return Problems.response(wholeBody ? CommonProblems.MALFORMED_BODY : CommonProblems.INVALID_REQUEST,
                Response.Status.BAD_REQUEST, KitMessages.BODY_SHAPE_WRONG_AT.text(field), uri,
                wholeBody ? List.of() : List.of(new Problem.Violation(field, KitMessages.WRONG_TYPE_OF_VALUE.text())), null);
    }

    /** A request body the records cannot be built from (a repeated key once surfaced here as a 500). */
    @ServerExceptionMapper({InvalidDefinitionException.class, ValueInstantiationException.class})
    public Response unbuildableBody(JsonProcessingException e, UriInfo uri) {
        LOG.debugf("Request body refused: %s", e.getOriginalMessage());
        return Problems.response(CommonProblems.MALFORMED_BODY, Response.Status.BAD_REQUEST,
                KitMessages.BODY_SHAPE_WRONG.text(),
                uri, List.of(), null);
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        return Problems.response(CommonProblems.MALFORMED_BODY, Response.Status.BAD_REQUEST,
                KitMessages.BODY_NOT_JSON.text(whereUnreadable(e)), uri, List.of(), null);
    }

    /** Errors of the HTTP layer: unknown path (404), method (405), media types (406, 415) and the like. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        if (original.getStatus() >= 500) {
            return unexpected(e, uri);
        }
        Response.ResponseBuilder problem = Response.fromResponse(
                Problems.response(original.getStatusInfo(), frameworkRefusal(original.getStatus(), e), uri));
        // keep what the client needs to follow up, such as Allow on a 405
        original.getStringHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(value -> problem.header(name, value));
            }
        });
        return problem.build();
    }

    /** Whatever is left, classified by its causes: it may be a lost race or a database that is away. */
    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (clientHungUp(e)) {
            // nothing failed here: the client closed the connection mid-request (a lost network, a closed tab);
            // nobody reads this answer, but the metrics count it as what it is, a client's, not a 500
            LOG.debugf("The client hung up before its request arrived: %s", rootMessage(e));
            return Problems.response(Response.Status.BAD_REQUEST, KitMessages.REQUEST_CUT_OFF.text(), uri);
        }
        if (thrownByMultipartParser(e)) {
            LOG.debugf("Multipart body refused: %s", e);
            return Problems.response(CommonProblems.MALFORMED_BODY, Response.Status.BAD_REQUEST,
                    KitMessages.MULTIPART_UNREADABLE.text(),
                    uri, List.of(), null);
        }
        FailureKind kind = Failures.kindOf(e);
        return switch (kind) {
            case CONFLICT -> {
                LOG.debugf("Concurrent change: %s", e);
                yield Problems.response(Response.Status.CONFLICT,
                        KitMessages.CHANGED_CONCURRENTLY_READ_AGAIN.text(), uri);
            }
            case UNAVAILABLE -> {
                LOG.warnf("Request refused while a dependency is unavailable: %s", rootMessage(e));
                yield Response.fromResponse(Problems.response(Response.Status.SERVICE_UNAVAILABLE,
                                KitMessages.DATABASE_UNREACHABLE.text(), uri))
                        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER).build();
            }
            case PERMANENT -> {
                LOG.error("Request failed unexpectedly", e);
                yield Problems.response(Response.Status.INTERNAL_SERVER_ERROR,
                        KitMessages.UNEXPECTED_ERROR.text(), uri);
            }
        };
    }

    /** The framework's refusals, worded in the kit's catalogue; another status keeps the framework's English. */
    private static BilingualText frameworkRefusal(int status, WebApplicationException e) {
        return switch (status) {
            case 403 -> KitMessages.FORBIDDEN.text();
            case 404 -> KitMessages.NO_SUCH_RESOURCE.text();
            case 405 -> KitMessages.METHOD_NOT_ALLOWED.text();
            case 406 -> KitMessages.NOT_ACCEPTABLE.text();
            case 415 -> KitMessages.UNSUPPORTED_MEDIA_TYPE.text();
            default -> BilingualText.of(KitMessages.REFUSED_BY_FRAMEWORK.text(status).vietnamese(), e.getMessage());
        };
    }

    /**
     * What the client is told of a body that is not JSON: in English the parser's complaint, as before; in
     * Vietnamese where it stopped (the parser words its complaint in English only).
     */
    private static BilingualText whereUnreadable(JsonProcessingException e) {
        var location = e.getLocation();
        BilingualText where = location == null ? KitMessages.JSON_POSITION_UNKNOWN.text()
                : KitMessages.JSON_POSITION.text(location.getLineNr(), location.getColumnNr());
        return BilingualText.of(where.vietnamese(), e.getOriginalMessage());
    }

    private static String fieldOf(MismatchedInputException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? BODY : path;
    }

    /** "create.request.title" → "title": the client knows its fields, not our method names. */
    private static String leaf(String propertyPath) {
        return propertyPath.substring(propertyPath.lastIndexOf('.') + 1);
    }

    private static boolean clientHungUp(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The multipart parser reports a body that never shows the declared boundary, ends inside a part or has no
     * part headers as a bare IOException or its own MalformedMessageException: only where it was thrown tells it
     * from a failure of ours. (Its FileTooLargeException needs a parser file limit, which no service sets: the
     * body limit, quarkus.http.limits.max-body-size, is Vert.x's own 413 before the parser runs.)
     */
    private static boolean thrownByMultipartParser(Throwable e) {
        StackTraceElement[] frames = e.getStackTrace();
        return frames.length > 0 && frames[0].getClassName().startsWith(MULTIPART_PARSER);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
