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
import java.util.function.UnaryOperator;
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
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.transactions.Writes;
import vn.dvk.registry.domain.Campaign;
import vn.dvk.registry.domain.CampaignAdministration;
import vn.dvk.registry.domain.CampaignDefinition;
import vn.dvk.registry.security.CampaignAccess;

@Path("/api/v1/campaigns")
@Tag(name = "Campaigns", description = "Campaigns of a movement (đợt thi đua): period, registration deadline, review "
        + "windows per level")
@SecurityRequirement(name = "SecurityScheme")
public class CampaignResource {

    private static final String ETAG_OF_CAMPAIGN = "The ETag of the campaign as the caller last read it";

    private final CampaignAdministration administration;
    private final CampaignAccess access;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public CampaignResource(CampaignAdministration administration, CampaignAccess access, IdempotentRequests idempotency,
            Caller caller) {
        this.administration = administration;
        this.access = access;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "listCampaigns", summary = "The campaigns the caller takes part in or administers",
            description = "Newest first. Units, reviewers and leaders see the opened campaigns launched at or above "
                    + "their organisation (a unit drafts models in the OPEN ones); admins every campaign of their "
                    + "province, drafts included; auditors every opened one. A province runs a handful of campaigns "
                    + "a year, so the list is not paged.")
    public List<CampaignView> list() {
        return access.visible().stream().map(CampaignView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "getCampaign", summary = "A campaign the caller may see",
            description = "Answers 304 when If-None-Match names the current ETag.")
    @APIResponse(responseCode = "200", description = "The campaign, with its ETag", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "304", description = "Not changed since the ETag in If-None-Match")
    public Response get(@PathParam("id") String id, @Context Request request) {
        Campaign campaign = access.readable(id);
        return EntityTags.read(request, campaign.version, CampaignView.of(campaign));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createCampaign", summary = "Prepare a campaign (as a DRAFT)",
            description = "Launched by an active organisation the caller administers (theirs or one under it; 403 "
                    + "otherwise). The id begins with the province's id and a dash, as in ag-dvk-2027 (400 otherwise, "
                    + "whoever else may hold it). It uses the levels it has a review window for. Units see it once opened. With an Idempotency-Key, a retry returns the "
                    + "first answer.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    public RestResponse<CampaignView> create(@Valid @NotNull CampaignDefinition definition,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Any unique string per new campaign, "
                    + "kept 24 hours") String idempotencyKey,
            @Context UriInfo uri) {
        String province = access.ownProvince();
        if (definition.organisationId() != null) {
            access.checkAdministersLauncher(definition.organisationId());
        }
        return idempotency.created(idempotencyKey, uri, definition, CampaignView.class, () -> {
            Campaign campaign = administration.create(province, definition, caller.username());
            return new Created<>(campaign.id, CampaignView.of(campaign), campaign.version);
        });
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "redefineCampaign", summary = "Change a campaign's name, period, deadline or review windows",
            description = "Send the whole definition, as read, changed; not once closed. Needs If-Match.")
    public RestResponse<CampaignView> redefine(@PathParam("id") String id, @Valid @NotNull CampaignDefinition definition,
            @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = ETAG_OF_CAMPAIGN) String ifMatch) {
        return change(id, ifMatch, campaign -> administration.redefine(campaign, definition, caller.username()));
    }

    @POST
    @Path("{id}/open")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "openCampaign", summary = "Open a DRAFT campaign to registrations",
            description = "Units may then register models from its first day to its registration deadline. Needs If-Match.")
    public RestResponse<CampaignView> open(@PathParam("id") String id,
            @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = ETAG_OF_CAMPAIGN) String ifMatch) {
        return change(id, ifMatch, campaign -> administration.open(campaign, caller.username()));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "closeCampaign", summary = "Close an OPEN campaign",
            description = "Nothing new is registered; models already in recognition go on. Needs If-Match.")
    public RestResponse<CampaignView> close(@PathParam("id") String id,
            @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = ETAG_OF_CAMPAIGN) String ifMatch) {
        return change(id, ifMatch, campaign -> administration.close(campaign, caller.username()));
    }

    private RestResponse<CampaignView> change(String id, String ifMatch, UnaryOperator<Campaign> change) {
        return Writes.change(ifMatch, () -> access.administrable(id), entity -> entity.version, CampaignView::of,
                change);
    }
}
