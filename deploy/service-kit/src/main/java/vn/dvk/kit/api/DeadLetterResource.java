package vn.dvk.kit.api;

import jakarta.annotation.security.RolesAllowed;
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
import vn.dvk.kit.events.DeadLetterReplay;
import vn.dvk.kit.security.Roles;

/** For whoever runs the platform: the events this service could not process, and their replay. */
@Path("/api/v1/dead-letters")
@Tag(name = "Operations", description = "Dead-lettered events and their replay (operators only)")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.OPERATOR)
public class DeadLetterResource {

    private final DeadLetterReplay replay;

    public DeadLetterResource(DeadLetterReplay replay) {
        this.replay = replay;
    }

    @GET
    @Operation(operationId = "listDeadLetters",
            summary = "The events on this service's dead-letter topics, with the reason and what replays did",
            description = "Events the service could never process (unreadable, incomplete, or failing on a defect)")
    public List<DeadLetter> list() {
        return replay.list();
    }

    @POST
    @Path("replay")
    @Operation(operationId = "replayDeadLetters",
            summary = "Replays the dead letters named by id, or every one not yet replayed; "
                    + "a letter replayed with success is never applied twice",
            description = "Each letter goes through the event inbox again, once its cause is fixed: applied once, "
                    + "in its model's order, releasing what was parked behind it")
    public DeadLetterReplay.Report replay(
            @Parameter(description = "letters to replay (all not yet replayed when absent)") @QueryParam("id") List<String> ids) {
        return replay.replay(new HashSet<>(ids));
    }
}
