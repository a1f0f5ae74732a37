package vn.dvk.kit.preconditions;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;
import vn.dvk.kit.problems.KitMessages;

/**
 * Entity tags from a resource's version (the optimistic-locking counter every change increments), and the
 * checks of conditional requests: {@code If-None-Match} on reads (304 lets mobile clients poll cheaply) and a
 * required {@code If-Match} on updates (428 when missing, 412 when stale), so that no change overwrites one the
 * client has not seen.
 */
public final class EntityTags {

    public static final String IF_MATCH = "If-Match";

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * A 200 with the tag, a 304 when the client's {@code If-None-Match} already names it, or a 412 problem when
     * its {@code If-Match} names another version.
     */
    public static Response read(Request request, long version, Object entity) {
        EntityTag tag = of(version);
        Response.ResponseBuilder unchanged = unchanged(request, tag, entity);
        return (unchanged != null ? unchanged : Response.ok(entity)).tag(tag).build();
    }

    /**
     * The conditional headers of a read against the current tag: a 304 builder when {@code If-None-Match} names
     * it, null when the read goes on; under an {@code If-Match} naming another version, a 412 problem with the
     * current state, as an update's, not the bare 412 the framework builds.
     */
    public static Response.ResponseBuilder unchanged(Request request, EntityTag tag, Object current) {
        Response.ResponseBuilder precondition = request.evaluatePreconditions(tag);
        if (precondition != null
                && precondition.clone().build().getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
            throw new PreconditionFailedProblem(KitMessages.CHANGED_SINCE_READ.text(tag), current);
        }
        return precondition;
    }

    /** A 201 naming the new resource ({@code Location}) and its first version ({@code ETag}). */
    public static <V> RestResponse<V> created(URI location, V entity, long version) {
        return RestResponse.ResponseBuilder.<V>created(location).entity(entity).tag(of(version))
                .type(MediaType.APPLICATION_JSON).build();
    }

    /**
     * Refuses an update whose {@code If-Match} is missing (428) or names another version than the current one
     * (412, with the current state attached). Tags compare strongly: a weak tag never matches.
     */
    public static void requireMatch(String ifMatch, long currentVersion, Supplier<?> currentState) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredProblem(KitMessages.IF_MATCH_REQUIRED.text());
        }
        String current = of(currentVersion).toString();
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
        if (!matches) {
            throw new PreconditionFailedProblem(
                    KitMessages.CHANGED_SINCE_IF_MATCH.text(ifMatch.strip(), current), currentState.get());
        }
    }
}
