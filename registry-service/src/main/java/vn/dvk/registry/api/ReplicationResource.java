package vn.dvk.registry.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
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
import vn.dvk.kit.idempotency.IdempotentRequests;
import vn.dvk.kit.idempotency.IdempotentRequests.Created;
import vn.dvk.kit.preconditions.EntityTags;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.transactions.WriteTransactions;
import vn.dvk.registry.domain.ModelReplication;
import vn.dvk.registry.domain.Replications;
import vn.dvk.registry.security.ModelAccess;
import vn.dvk.registry.security.ReplicationAccess;

@Path("/api/v1/models/{id}")
@Tag(name = "Replication", description = "Units taking up recognised models of other units (nhân rộng)")
@SecurityRequirement(name = "SecurityScheme")
public class ReplicationResource {

    private static final String READERS = "The taking unit, the unit whose model was taken up, and the committee "
            + "that recognised that model (its reviewers, admins and leaders); 404 for anybody else.";

    private final Replications replications;
    private final ModelAccess models;
    private final ReplicationAccess access;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public ReplicationResource(Replications replications, ModelAccess models, ReplicationAccess access,
            IdempotentRequests idempotency, Caller caller) {
        this.replications = replications;
        this.models = models;
        this.access = access;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("replicates")
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(operationId = "registerReplication", summary = "Record that the unit's model takes up a recognised "
            + "model of another unit",
            description = "The model must be submitted and not withdrawn (409). 422 when the model named is not a "
                    + "recognised model, is this one, or is the unit's own; 409 when already recorded. With an "
                    + "Idempotency-Key, a retry returns the first answer.")
    @APIResponse(responseCode = "201", description = "Recorded; Location and ETag name it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReplicationView.class)))
    public RestResponse<ReplicationView> register(@PathParam("id") UUID id,
            @Valid @NotNull ReplicationRequest request,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Any unique string per take-up, kept 24 "
                    + "hours") String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.created(idempotencyKey, uri, request, ReplicationView.class, () -> {
            ModelReplication link = replications.register(models.changeable(id), request.sourceModelId(),
                    access.named(request.sourceModelId()), request.takenUpOn(), caller.username());
            return new Created<>(link.sourceModelId.toString(), ReplicationView.of(link), link.version);
        });
    }

    @GET
    @Path("replicates")
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "listReplicated", summary = "The recognised models this model takes up",
            description = "For the model's unit; 404 for anybody else. A few at most: not paged.")
    public List<ReplicationView> listTakenUp(@PathParam("id") UUID id) {
        return access.ofTakingModel(id).stream().map(ReplicationView::of).toList();
    }

    @GET
    @Path("replicates/{sourceId}")
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "getReplication", summary = "One take-up, with its result", description = READERS)
    @APIResponse(responseCode = "200", description = "The take-up, with its ETag", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReplicationView.class)))
    public Response get(@PathParam("id") UUID id, @PathParam("sourceId") UUID sourceId, @Context Request request) {
        ModelReplication link = access.readable(id, sourceId);
        return EntityTags.read(request, link.version, ReplicationView.of(link));
    }

    @PUT
    @Path("replicates/{sourceId}/result")
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(operationId = "recordReplicationResult", summary = "Record what came of taking the model up",
            description = "The taking unit's; a later result replaces the earlier. Not dated before the take-up "
                    + "(400). Needs If-Match with the take-up's ETag: 428 without it, 412 when it changed since.")
    public RestResponse<ReplicationView> recordResult(@PathParam("id") UUID id, @PathParam("sourceId") UUID sourceId,
            @Valid @NotNull ReplicationResult result,
            @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = "The take-up's ETag as last read") String ifMatch) {
        return WriteTransactions.change(ifMatch, () -> access.changeable(id, sourceId), link -> link.version,
                ReplicationView::of, link -> replications.recordResult(models.changeable(id), link, result.result(),
                        result.resultOn()));
    }

    @GET
    @Path("replicas")
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "listReplicas", summary = "Who took up this model, the earliest first",
            description = "For the model's unit and the committee that recognised it (its reviewers, admins and leaders); "
                    + "404 for anybody else. Not paged.")
    public List<ReplicationView> listReplicas(@PathParam("id") UUID id) {
        return access.ofSource(id).stream().map(ReplicationView::of).toList();
    }
}
