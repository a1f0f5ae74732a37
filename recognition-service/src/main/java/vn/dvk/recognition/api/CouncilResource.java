package vn.dvk.recognition.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.dvk.kit.api.ConflictProblem;
import vn.dvk.kit.api.Detail;
import vn.dvk.kit.api.IdempotentRequests;
import vn.dvk.kit.api.InvalidRequestProblem;
import vn.dvk.kit.api.NotFoundProblem;
import vn.dvk.kit.domain.Text;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.security.Roles;
import vn.dvk.recognition.audit.AuditAction;
import vn.dvk.recognition.audit.AuditLog;
import vn.dvk.recognition.domain.Campaign;
import vn.dvk.recognition.domain.Council;
import vn.dvk.recognition.domain.CouncilMember;

@Path("/api/v1/councils")
@Tag(name = "Councils", description = "Councils (hội đồng) that score and vote on the cases of a committee's level")
@SecurityRequirement(name = "SecurityScheme")
public class CouncilResource {

    private final Caller caller;
    private final IdempotentRequests idempotent;
    private final AuditLog audit;

    public CouncilResource(Caller caller, IdempotentRequests idempotent, AuditLog audit) {
        this.caller = caller;
        this.idempotent = idempotent;
        this.audit = audit;
    }

    @POST
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "createCouncil", summary = "Form the caller's committee's council for a campaign's level",
            description = "Named members with the unit each comes from (a member is recused from that unit's "
                    + "models) and a quorum no larger than the council. One council per committee, campaign and level "
                    + "(409 for a second). Idempotency-Key accepted.")
    public RestResponse<CouncilView> create(@HeaderParam(IdempotentRequests.HEADER) String key,
            @Valid @NotNull CouncilRequest request, @Context UriInfo uri) {
        if (request.quorum() > request.members().size()) {
            throw InvalidRequestProblem.ofField("quorum", "cannot exceed the number of members");
        }
        if (request.members().stream().map(CouncilRequest.Member::username).distinct().count()
                != request.members().size()) {
            throw InvalidRequestProblem.ofField("members", "names a member twice");
        }
        return idempotent.created(key, uri, request, CouncilView.class, () -> {
            Campaign campaign = Campaign.findById(request.campaignId());
            if (campaign == null || !campaign.isVisibleTo(caller.orgId())) {
                throw new NotFoundProblem(Detail.of("Không có đợt thi đua " + request.campaignId(),
                        "No campaign " + request.campaignId()));
            }
            if (Council.count("campaignId = ?1 and level = ?2 and organisationId = ?3", request.campaignId(),
                    request.level(), caller.orgId()) > 0) {
                throw new ConflictProblem(Detail.of("Cơ quan đã có hội đồng cho đợt và cấp này",
                        "The committee already has a council for this campaign and level"));
            }
            Council council = new Council();
            council.id = UUID.randomUUID();
            council.campaignId = request.campaignId();
            council.level = request.level();
            council.organisationId = caller.orgId();
            council.name = Text.nfc(request.name()).trim();
            council.quorum = request.quorum();
            council.createdBy = caller.username();
            council.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            for (CouncilRequest.Member m : request.members()) {
                CouncilMember member = new CouncilMember();
                member.councilId = council.id;
                member.username = m.username();
                member.fullName = Text.nfc(m.fullName()).trim();
                member.title = Text.nfc(m.title());
                member.unitId = m.unitId();
                council.members.add(member);
            }
            council.persist();
            CouncilView view = CouncilView.of(council);
            audit.record(AuditAction.COUNCIL_CREATED, "council", council.id.toString(), campaign.provinceId, null, view);
            return new IdempotentRequests.Created<>(council.id.toString(), view, 0);
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getCouncil", summary = "A council of the caller's organisation, or one the caller sits on",
            description = "Its campaign, level, quorum and members with the unit each comes from; 404 for anyone else")
    public CouncilView get(@PathParam("id") UUID id) {
        Council council = Council.findById(id);
        if (council == null || !(council.organisationId.equals(caller.orgId()) || council.member(caller.username())
                .isPresent())) {
            throw new NotFoundProblem(Detail.of("Không có hội đồng " + id, "No council " + id));
        }
        return CouncilView.of(council);
    }
}
