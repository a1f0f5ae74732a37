package vn.dvk.kit.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.HashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvk.kit.events.DeadLetter;
import vn.dvk.kit.events.DeadLetterPage;
import vn.dvk.kit.events.DeadLetterReplay;
import vn.dvk.kit.requests.QueryValues;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.security.OperatorRoles;

/**
 * For whoever runs the platform: the events this service could not process, and their replay. Operators see
 * what a letter is (topic, offset, event type and id, when and why in the service's words); what the event says
 * (movement text, names, every province's alike) only with the role {@code operator-payloads} besides.
 * <p>
 * Every service serves them under a root of its own, {@code /api/v1/<service>-dead-letters}, declared by its
 * subclass with {@code @Path} and {@code @RolesAllowed(operator)}: the Ingress routes by path alone, so the web
 * app's operations screen can reach each service's letters only if no two services share the path.
 */
@Tag(name = "Operations", description = "Dead-lettered events and their replay (operators only)")
@RolesAllowed(OperatorRoles.OPERATOR)
public abstract class DeadLetterResource {

    static final int MAX_LIMIT = 500;

    private final DeadLetterReplay replay;
    private final Caller caller;

    protected DeadLetterResource(DeadLetterReplay replay, Caller caller) {
        this.replay = replay;
        this.caller = caller;
    }

    @GET
    @SecurityRequirement(name = "SecurityScheme") // on each operation: a subclass's operations lose the class's
    @Operation(operationId = "listDeadLetters",
            summary = "The events on this service's dead-letter topics, with the reason and what replays did",
            description = "Events the service could never process (unreadable, incomplete, or failing on a defect), "
                    + "a page at a time in the order of topic, partition and offset. The payload, and the part of a "
                    + "reason that quotes the event, only for callers holding operator-payloads as well.")
    public DeadLetterPage list(
            @Parameter(description = "Letters per page, 1 to " + MAX_LIMIT) @QueryParam("limit") @DefaultValue("100")
            int limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        QueryValues values = new QueryValues();
        values.limit(limit, MAX_LIMIT);
        values.check();
        return replay.list(cursor, limit).map(this::asTheCallerMaySeeIt);
    }

    @POST
    @Path("replay")
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "replayDeadLetters",
            summary = "Replays the dead letters named by id, or every one not yet replayed; "
                    + "a letter replayed with success is never applied twice",
            description = "Each letter goes through the event inbox again, once its cause is fixed: applied once, "
                    + "in its model's order, releasing what was parked behind it")
    public DeadLetterReplay.Report replay(
            @Parameter(description = "letters to replay (all not yet replayed when absent)") @QueryParam("id") List<String> ids) {
        DeadLetterReplay.Report report = replay.replay(new HashSet<>(ids));
        return new DeadLetterReplay.Report(report.attempted(), report.replayed(), report.failed(),
                report.letters().stream().map(this::asTheCallerMaySeeIt).toList());
    }

    private DeadLetter asTheCallerMaySeeIt(DeadLetter letter) {
        return caller.hasRole(OperatorRoles.OPERATOR_PAYLOADS) ? letter : letter.metadataOnly();
    }
}
