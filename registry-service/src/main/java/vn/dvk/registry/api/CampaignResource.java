package vn.dvk.registry.api;

import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.security.Roles;
import vn.dvk.registry.domain.Campaign;
import vn.dvk.registry.domain.Organisation;

@Path("/api/v1/campaigns")
@Tag(name = "Campaigns", description = "Campaigns of a movement (đợt thi đua)")
@SecurityRequirement(name = "SecurityScheme")
public class CampaignResource {

    private final Caller caller;

    public CampaignResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listCampaigns", description = "Newest first; a unit drafts models "
            + "in these.", summary = "Campaigns the caller's organisation takes part in: launched by it or above it")
    public List<CampaignView> list() {
        Organisation organisation = Organisation.byId(caller.orgId())
                .orElseThrow(() -> new ForbiddenException("Unknown organisation " + caller.orgId()));
        return Campaign.openTo(organisation).stream().map(CampaignView::of).toList();
    }
}
