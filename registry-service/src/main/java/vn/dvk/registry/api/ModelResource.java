package vn.dvk.registry.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import vn.dvk.kit.idempotency.IdempotentRequests.Created;
import vn.dvk.kit.idempotency.IdempotentRequests;
import vn.dvk.kit.preconditions.EntityTags;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.Problem;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.transactions.WriteTransactions;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.registry.domain.ModelContent;
import vn.dvk.registry.domain.ModelPage;
import vn.dvk.registry.domain.ModelRegistration;
import vn.dvk.registry.domain.ModelSearch;
import vn.dvk.registry.domain.RegistryMessages;
import vn.dvk.registry.security.ModelAccess;

@Path("/api/v1/models")
@Tag(name = "Models", description = "Models and exemplars units register (mô hình, điển hình)")
@SecurityRequirement(name = "SecurityScheme")
public class ModelResource {

    private static final String ETAG_OF_MODEL = "The ETag of the model as the caller last read it";

    private final ModelRegistration registration;
    private final ModelSearch search;
    private final ModelAccess access;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public ModelResource(ModelRegistration registration, ModelSearch search, ModelAccess access,
            IdempotentRequests idempotency, Caller caller) {
        this.registration = registration;
        this.search = search;
        this.access = access;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(operationId = "draftModel", summary = "Draft a model for the caller's unit",
            description = "A draft may be incomplete; submitting it needs summary, goals, implementation and startedOn. "
                    + "With an Idempotency-Key, a retry returns the first answer instead of a second draft.")
    @APIResponse(responseCode = "201", description = "Drafted; Location and ETag name it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModelView.class)))
    public RestResponse<ModelView> draft(@Valid @NotNull ModelContent content,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Any unique string per new model, "
                    + "kept 24 hours") String idempotencyKey,
            @Context UriInfo uri) {
        ModelContent normalised = content.normalised();
        checkConsistent(normalised);
        return idempotency.created(idempotencyKey, uri, normalised, ModelView.class, () -> {
            access.checkReferences(normalised, null);
            MobilizationModel model = registration.draft(access.ownUnit(), normalised, caller.username());
            return new Created<>(model.id.toString(), ModelView.of(model), model.version);
        });
    }

    @GET
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "listModels", summary = "Models the caller may see, filtered, searched and paged",
            description = "A submitter sees their unit's models, drafts included; reviewers, admins, auditors and "
                    + "leaders see the submitted models of the organisations under theirs. Pages follow nextCursor.")
    public ModelPage list(@BeanParam ModelListParameters parameters) {
        return search.find(parameters.toQuery(), access.visibility(), parameters.cursor);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "getModel", summary = "A model the caller may see",
            description = "Answers 304 when If-None-Match names the current ETag.")
    @APIResponse(responseCode = "200", description = "The model, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModelView.class)))
    @APIResponse(responseCode = "304", description = "Not changed since the ETag in If-None-Match")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        MobilizationModel model = access.readable(id);
        return EntityTags.read(request, model.version, ModelView.of(model));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(operationId = "editModel", summary = "Replace the record of a draft or returned model",
            description = "Send the whole content, as read, changed. Needs If-Match: 428 without it, 412 when the "
                    + "model changed since (the current state is in the problem's `current`).")
    public RestResponse<ModelView> edit(@PathParam("id") UUID id, @Valid @NotNull ModelContent content,
            @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = ETAG_OF_MODEL) String ifMatch) {
        ModelContent normalised = content.normalised();
        checkConsistent(normalised);
        return WriteTransactions.update(() -> {
            MobilizationModel model = changeable(id, ifMatch);
            access.checkReferences(normalised, id);
            return tagged(registration.edit(model, normalised));
        }, () -> current(id));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(operationId = "submitModel", summary = "Submit a draft for recognition, or resubmit a returned model",
            description = "Freezes the next version. Needs If-Match, so that what is submitted is what the caller saw.")
    public RestResponse<ModelView> submit(@PathParam("id") UUID id,
            @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = ETAG_OF_MODEL) String ifMatch) {
        return WriteTransactions.update(() -> tagged(registration.submit(changeable(id, ifMatch), caller.username())),
                () -> current(id));
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(operationId = "withdrawModel", summary = "Take the model back: it leaves every review queue",
            description = "Possible until recognition has ended. Needs If-Match.")
    public RestResponse<ModelView> withdraw(@PathParam("id") UUID id, @Valid @NotNull WithdrawRequest request,
            @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = ETAG_OF_MODEL) String ifMatch) {
        return WriteTransactions.update(() -> tagged(registration.withdraw(changeable(id, ifMatch), request.reason())),
                () -> current(id));
    }

    private MobilizationModel changeable(UUID id, String ifMatch) {
        MobilizationModel model = access.changeable(id);
        EntityTags.requireMatch(ifMatch, model.version, () -> ModelView.of(model));
        return model;
    }

    /** The model as it stands, for the problem that refuses a change made from an older version. */
    private ModelView current(UUID id) {
        return ModelView.of(access.readable(id));
    }

    private static RestResponse<ModelView> tagged(MobilizationModel model) {
        MobilizationModel.flush(); // the version the ETag names is the one this change committed
        return RestResponse.ResponseBuilder.ok(ModelView.of(model), MediaType.APPLICATION_JSON_TYPE)
                .tag(EntityTags.of(model.version)).build();
    }

    private static void checkConsistent(ModelContent content) {
        List<Problem.Violation> inconsistencies = content.inconsistencies();
        if (!inconsistencies.isEmpty()) {
            throw new InvalidRequestProblem(RegistryMessages.RECORD_INCONSISTENT.text(), inconsistencies);
        }
    }
}
