package vn.dvk.registry.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.dvk.kit.api.Writes;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.security.Roles;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.registry.domain.ModelRegistration;
import vn.dvk.registry.security.ModelAccess;

@Path("/api/v1/models")
@Tag(name = "Models", description = "Models and exemplars units register (mô hình, điển hình)")
@SecurityRequirement(name = "SecurityScheme")
public class ModelResource {

    private final ModelRegistration registration;
    private final ModelAccess access;
    private final Caller caller;

    public ModelResource(ModelRegistration registration, ModelAccess access, Caller caller) {
        this.registration = registration;
        this.access = access;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(summary = "Draft a model for the caller's unit")
    public RestResponse<ModelView> create(@Valid @NotNull CreateModelRequest request, UriInfo uri) {
        MobilizationModel model = registration.draft(access.ownUnit(), request.campaignId(), request.kind(),
                request.ownerKind(), request.field(), request.title(), request.summary(), caller.username());
        return RestResponse.ResponseBuilder.<ModelView>created(
                        uri.getAbsolutePathBuilder().path(model.id.toString()).build())
                .entity(ModelView.of(model))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "A model the caller may see: their unit's, or one whose recognition path runs through their organisation")
    public ModelView get(@PathParam("id") UUID id) {
        return ModelView.of(access.readable(id));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(summary = "Submit a draft to the base committee for recognition")
    public ModelView submit(@PathParam("id") UUID id) {
        return Writes.commit(() -> ModelView.of(registration.submit(access.changeable(id))),
                () -> ModelView.of(access.readable(id)));
    }
}
