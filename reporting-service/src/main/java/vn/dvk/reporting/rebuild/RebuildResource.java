package vn.dvk.reporting.rebuild;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvk.kit.security.OperatorRoles;

@Path("/api/v1/projections/rebuild")
@Tag(name = "Projections", description = "Rebuilding the figures from the topics (operators)")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(OperatorRoles.OPERATOR)
public class RebuildResource {

    private final ProjectionRebuild rebuild;

    public RebuildResource(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @Operation(operationId = "startRebuild", summary = "Rebuild every projection from the start of the topics",
            description = "Fresh tables are filled from the topics while the live ones keep serving; then, in one "
                    + "transaction, the last events are applied and the fresh tables take the live ones' place. Follow "
                    + "it with GET (or the dvk.reporting.rebuild.* metrics). 409 while a rebuild runs.")
    @APIResponse(responseCode = "202", description = "The rebuild started: how it stands now, to be followed with GET",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RebuildStatus.class)))
    public Response start() {
        return Response.accepted(rebuild.start()).build();
    }

    @GET
    @Operation(operationId = "getRebuild", summary = "How the running or last rebuild stands: events applied, rate, "
            + "time left")
    public RebuildStatus status() {
        return rebuild.status();
    }
}
