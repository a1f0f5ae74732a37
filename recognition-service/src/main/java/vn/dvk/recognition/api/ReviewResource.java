package vn.dvk.recognition.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.security.Roles;
import vn.dvk.recognition.domain.ReviewCase;

@Path("/api/v1/reviews")
@Tag(name = "Review queue", description = "What waits for a committee's decision (hồ sơ chờ xét)")
@SecurityRequirement(name = "SecurityScheme")
public class ReviewResource {

    private final Caller caller;

    public ReviewResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "listReviewQueue", summary = "The cases waiting for the caller's committee, oldest first",
            description = "Cases under review or recognised (awaiting nomination) at the level where the caller's "
                    + "organisation reviews: base, bloc or province")
    public List<CaseView> queue() {
        return ReviewCase.queueOf(caller.orgId()).stream().map(CaseView::of).toList();
    }
}
