package vn.dvk.recognition.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
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
import vn.dvk.kit.audit.AuditLog;
import vn.dvk.kit.idempotency.IdempotentRequests;
import vn.dvk.kit.preconditions.EntityTags;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.text.Text;
import vn.dvk.kit.transactions.WriteTransactions;
import vn.dvk.recognition.audit.AuditAction;
import vn.dvk.recognition.domain.Campaign;
import vn.dvk.recognition.domain.Council;
import vn.dvk.recognition.domain.CouncilMember;
import vn.dvk.recognition.domain.Councils;
import vn.dvk.recognition.security.CouncilAccess;

@Path("/api/v1/councils")
@Tag(name = "Councils", description = "Councils (hội đồng) that score and vote on the cases of a committee's level")
@SecurityRequirement(name = "SecurityScheme")
public class CouncilResource {

    private final Caller caller;
    private final CouncilAccess access;
    private final Councils councils;
    private final IdempotentRequests idempotent;
    private final AuditLog audit;

    public CouncilResource(Caller caller, CouncilAccess access, Councils councils, IdempotentRequests idempotent,
            AuditLog audit) {
        this.caller = caller;
        this.access = access;
        this.councils = councils;
        this.idempotent = idempotent;
        this.audit = audit;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createCouncil", summary = "Form a committee's council for a campaign's level",
            description = "An admin of the committee's organisation (organisationId, the caller's own by default) or "
                    + "of one above it forms it; for a committee outside the caller's reach, 404. Members are known "
                    + "by their token's subject (sub) and come from the committee's organisation or one below it "
                    + "(400 naming the member otherwise); each acts only with a token naming that organisation, and "
                    + "is recused from the models it owns. At least dvk.councils.<level>.min-members members and a "
                    + "quorum of at least .min-quorum, no larger than the council (400 naming the field); one chair "
                    + "at most. One council per committee, campaign and level (409 for a second). "
                    + "Idempotency-Key accepted.")
    public RestResponse<CouncilView> create(@HeaderParam(IdempotentRequests.HEADER) String key,
            @Valid @NotNull CouncilRequest request, @Context UriInfo uri) {
        List<CouncilMember> members = members(request.members());
        return idempotent.created(key, uri, request, CouncilView.class, () -> {
            Campaign campaign = access.campaign(request.campaignId());
            String committee = access.committee(campaign, request.organisationId());
            Council council = councils.form(campaign, request.level(), committee, Text.nfc(request.name()).trim(),
                    request.quorum(), members, caller.username());
            CouncilView view = CouncilView.of(council);
            audit.record(AuditAction.COUNCIL_CREATED, "council", council.id.toString(), campaign.provinceId, null, view);
            return new IdempotentRequests.Created<>(council.id.toString(), view, council.version);
        });
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    @Operation(operationId = "changeCouncil", summary = "Change a council's name, quorum and members",
            description = "An admin over the council's committee, or the member it names as chair (403 for its "
                    + "other readers, 404 for anyone else). The members replace the old under the same rules as "
                    + "when it was formed; a member who has voted stays, from the same organisation (409). "
                    + "Needs If-Match with the council's version (428 without, 412 when stale).")
    public RestResponse<CouncilView> change(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
            @Valid @NotNull CouncilChange request) {
        List<CouncilMember> members = members(request.members());
        return WriteTransactions.change(ifMatch, () -> access.changeable(id), c -> c.version, CouncilView::of, council -> {
            CouncilView before = CouncilView.of(council);
            String province = access.provinceOf(council);
            Council changed = councils.change(council, province, Text.nfc(request.name()).trim(), request.quorum(),
                    members);
            Council.flush();
            audit.record(AuditAction.COUNCIL_CHANGED, "council", id.toString(), province, before,
                    CouncilView.of(changed));
            return changed;
        });
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "listCouncils", summary = "The councils of a campaign the caller may read",
            description = "Those of the caller's organisation and the ones below it, and those the caller sits on, "
                    + "by level from the base up, then committee: where an admin sees which committees have formed "
                    + "theirs. 404 for a campaign outside the caller's province, as for one that does not exist.")
    public List<CouncilView> list(@QueryParam("campaignId") @NotBlank
            @Parameter(description = "The campaign, e.g. dvk-2026") String campaignId) {
        Campaign campaign = access.campaign(campaignId);
        return Council.<Council>list("campaignId", campaign.id).stream().filter(access::isReadable)
                .sorted(Comparator.comparing((Council c) -> c.level).thenComparing(c -> c.organisationId))
                .map(CouncilView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "getCouncil", summary = "A council of the caller's organisation or one below it, or one "
            + "the caller sits on", description = "Its campaign, level, quorum and members with the subject and "
            + "organisation of each; the ETag is its version. 404 for anyone else")
    @APIResponse(responseCode = "200", description = "The council, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CouncilView.class)))
    @APIResponse(responseCode = "304", description = "Not changed since the ETag in If-None-Match")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        Council council = access.readable(id);
        return EntityTags.read(request, council.version, CouncilView.of(council));
    }

    private static List<CouncilMember> members(List<CouncilRequest.Member> requested) {
        return requested.stream().map(m -> {
            CouncilMember member = new CouncilMember();
            member.sub = m.sub();
            member.username = m.username();
            member.fullName = Text.nfc(m.fullName()).trim();
            member.title = Text.nfc(m.title());
            member.orgId = m.orgId();
            member.chair = Boolean.TRUE.equals(m.chair());
            return member;
        }).toList();
    }
}
