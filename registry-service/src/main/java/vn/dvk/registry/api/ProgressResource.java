package vn.dvk.registry.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.idempotency.IdempotentRequests.Created;
import vn.dvk.kit.idempotency.IdempotentRequests;
import vn.dvk.kit.security.Caller;
import vn.dvk.registry.domain.Evidence;
import vn.dvk.registry.domain.ProgressUpdate;
import vn.dvk.registry.security.ModelAccess;

@Path("/api/v1/models/{id}/progress")
@Tag(name = "Evidence")
@SecurityRequirement(name = "SecurityScheme")
public class ProgressResource {

    private final Evidence evidence;
    private final ModelAccess access;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public ProgressResource(Evidence evidence, ModelAccess access, IdempotentRequests idempotency, Caller caller) {
        this.evidence = evidence;
        this.access = access;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(operationId = "reportProgress", summary = "Report what the unit has done with its model",
            description = "A day (not in the future), what was done, and attachments of the model that show it. Not on "
                    + "a withdrawn or declined model (409). With an Idempotency-Key, a retry returns the first answer.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressView.class)))
    public RestResponse<ProgressView> report(@PathParam("id") UUID id, @Valid @NotNull ProgressReport report,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Any unique string per update, kept 24 "
                    + "hours") String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.created(idempotencyKey, uri, report, ProgressView.class, () -> {
            ProgressUpdate update = evidence.report(access.changeable(id), report.reportedOn(), report.text(),
                    report.attachments(), caller.username());
            return new Created<>(update.id.toString(), ProgressView.of(update), 0);
        });
    }

    @GET
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "listProgress", summary = "The model's progress updates, in the order of their days",
            description = "Whoever may read the model. A few a month at most: not paged.")
    public List<ProgressView> list(@PathParam("id") UUID id) {
        return ProgressUpdate.ofModel(access.readable(id).id).stream().map(ProgressView::of).toList();
    }
}
