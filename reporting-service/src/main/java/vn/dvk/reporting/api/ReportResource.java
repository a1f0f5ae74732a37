package vn.dvk.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvk.kit.domain.Codes;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.security.Roles;
import vn.dvk.reporting.domain.Funnel;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Figures for review conferences")
@SecurityRequirement(name = "SecurityScheme")
public class ReportResource {

    private final Funnel funnel;
    private final Caller caller;

    public ReportResource(Funnel funnel, Caller caller) {
        this.funnel = funnel;
        this.caller = caller;
    }

    @GET
    @Path("funnel")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getFunnel", description = "Counted within the caller's organisation: a "
            + "reviewer or admin sees their subtree, an auditor the province.", summary = "How many of the campaign's models were submitted and recognised at each level, "
            + "counting those whose recognition path runs through the caller's organisation")
    public FunnelView funnel(@QueryParam("campaignId") @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String campaignId) {
        String orgId = caller.orgId();
        return FunnelView.of(campaignId, orgId, funnel.of(campaignId, orgId));
    }
}
