package vn.dvk.registry.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import vn.dvk.kit.paging.KeysetPage;
import vn.dvk.kit.preconditions.EntityTags;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.transactions.WriteTransactions;
import vn.dvk.registry.domain.Organisation;
import vn.dvk.registry.domain.OrganisationAdministration.ImportOutcome;
import vn.dvk.registry.domain.OrganisationAdministration;
import vn.dvk.registry.domain.OrganisationEntry;
import vn.dvk.registry.security.OrganisationAccess;

@Path("/api/v1/organisations")
@Tag(name = "Organisations", description = "The party organisation tree of the caller's province: province, blocs, "
        + "base organisations, units")
@SecurityRequirement(name = "SecurityScheme")
public class OrganisationResource {

    private static final String ETAG_OF_ORGANISATION = "The ETag of the organisation as the caller last read it";

    private final OrganisationAdministration administration;
    private final OrganisationAccess access;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public OrganisationResource(OrganisationAdministration administration, OrganisationAccess access,
            IdempotentRequests idempotency, Caller caller) {
        this.administration = administration;
        this.access = access;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "listOrganisations", summary = "The organisations of the caller's province, by id",
            description = "Filter by kind, parent and active flag; pages follow nextCursor.")
    public OrganisationPage list(@BeanParam OrganisationListParameters parameters) {
        KeysetPage<Organisation> page = KeysetPage.of(parameters.toQuery(access.ownProvince()).pagePlusOne(),
                parameters.limit, org -> org.id);
        return new OrganisationPage(page.items(OrganisationView::of), page.nextCursor());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "getOrganisation", summary = "An organisation of the caller's province",
            description = "Answers 304 when If-None-Match names the current ETag.")
    @APIResponse(responseCode = "200", description = "The organisation, with its ETag", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "304", description = "Not changed since the ETag in If-None-Match")
    public Response get(@PathParam("id") String id, @Context Request request) {
        Organisation org = access.readable(id);
        return EntityTags.read(request, org.version, OrganisationView.of(org));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createOrganisation", summary = "Add a bloc, base organisation or unit to the province",
            description = "The parent must be of the kind directly above, active, and the caller's organisation or "
                    + "one under it (403 otherwise). The id begins with the province's id and a dash, as in ag-syt "
                    + "(400 otherwise, whoever else may hold it), and is permanent (users' org_id names it). With an Idempotency-Key, a retry returns the first answer.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationView.class)))
    public RestResponse<OrganisationView> create(@Valid @NotNull OrganisationEntry entry,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Any unique string per new organisation, "
                    + "kept 24 hours") String idempotencyKey,
            @Context UriInfo uri) {
        String province = access.ownProvince();
        access.checkAdministersParent(entry.parentId());
        return idempotency.created(idempotencyKey, uri, entry, OrganisationView.class, () -> {
            Organisation org = administration.create(province, entry, caller.username());
            return new Created<>(org.id, OrganisationView.of(org), org.version);
        });
    }

    @POST
    @Path("{id}/rename")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "renameOrganisation", summary = "Give an organisation a new name or code",
            description = "Or new names of the body that issues its documents (issuer), printed on the documents "
                    + "issued from then on. Models submitted before keep the names they were submitted under. Needs "
                    + "If-Match.")
    public RestResponse<OrganisationView> rename(@PathParam("id") String id, @Valid @NotNull RenameRequest request,
            @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = ETAG_OF_ORGANISATION) String ifMatch) {
        return change(id, ifMatch, org -> administration.rename(org, request.name(), request.code(),
                request.validFrom(), request.issuer(), caller.username()));
    }

    @POST
    @Path("{id}/move")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "moveOrganisation", summary = "Place an organisation under another parent",
            description = "A base organisation to another bloc, a unit to another base organisation, within the "
                    + "province. Models submitted before keep the path they were submitted under. Needs If-Match.")
    public RestResponse<OrganisationView> move(@PathParam("id") String id, @Valid @NotNull MoveRequest request,
            @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = ETAG_OF_ORGANISATION) String ifMatch) {
        access.checkAdministersParent(request.parentId());
        return change(id, ifMatch, org -> administration.move(org, request.parentId(), caller.username()));
    }

    @POST
    @Path("{id}/deactivate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deactivateOrganisation", summary = "Deactivate an organisation (merged, dissolved)",
            description = "Only once nothing active hangs under it. It keeps its history; it registers and launches "
                    + "nothing new. Needs If-Match.")
    public RestResponse<OrganisationView> deactivate(@PathParam("id") String id,
            @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = ETAG_OF_ORGANISATION) String ifMatch) {
        return change(id, ifMatch, org -> administration.setActive(org, false, caller.username()));
    }

    @POST
    @Path("{id}/reactivate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "reactivateOrganisation", summary = "Reactivate a deactivated organisation",
            description = "Only under an active parent. Needs If-Match.")
    public RestResponse<OrganisationView> reactivate(@PathParam("id") String id,
            @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = ETAG_OF_ORGANISATION) String ifMatch) {
        return change(id, ifMatch, org -> administration.setActive(org, true, caller.username()));
    }

    @GET
    @Path("export")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "exportOrganisations", summary = "The province's whole tree, parents before children",
            description = "The same shape the import takes.")
    public OrganisationTree export() {
        String province = access.ownProvince();
        return new OrganisationTree(province,
                Organisation.ofProvince(province).stream().map(OrganisationEntry::of).toList());
    }

    @POST
    @Path("import")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importOrganisations", summary = "Create and update organisations of the province at once",
            description = "All or nothing: a defect in any entry refuses the whole import, naming each. New ids are "
                    + "created, known ones take the name, code, parent and active flag sent; organisations left out "
                    + "stay as they are. Sending the same tree again changes nothing.")
    public ImportOutcome importTree(@Valid @NotNull OrganisationTree tree) {
        String province = access.ownProvince();
        // every organisation the import changes, and every stored parent it hangs new ones under, is the caller's
        tree.organisations().forEach(entry -> {
            Organisation.byId(entry.id()).filter(org -> org.provinceId.equals(province))
                    .ifPresent(org -> access.administrable(org.id));
            access.checkAdministersParent(entry.parentId());
        });
        return WriteTransactions.commit(() -> administration.importTree(province, tree.organisations(), caller.username()),
                () -> null);
    }

    private RestResponse<OrganisationView> change(String id, String ifMatch, UnaryOperator<Organisation> change) {
        return WriteTransactions.change(ifMatch, () -> access.administrable(id), entity -> entity.version, OrganisationView::of,
                change);
    }
}
