package vn.dvk.recognition.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvk.kit.api.InvalidRequestProblem;
import vn.dvk.kit.api.Writes;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.security.Roles;
import vn.dvk.recognition.domain.CaseDecisions;
import vn.dvk.recognition.security.CaseAccess;

@Path("/api/v1/cases/{modelId}")
@Tag(name = "Cases", description = "A model's recognition, base → bloc → province")
@SecurityRequirement(name = "SecurityScheme")
public class CaseResource {

    private final CaseAccess access;
    private final CaseDecisions decisions;
    private final Caller caller;

    public CaseResource(CaseAccess access, CaseDecisions decisions, Caller caller) {
        this.access = access;
        this.decisions = decisions;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getCase", summary = "A case whose path runs through the caller's organisation",
            description = "Its level, stage and the model version decided on; a case off the caller's path answers 404")
    public CaseView get(@PathParam("modelId") UUID modelId) {
        return CaseView.of(access.readable(modelId));
    }

    @POST
    @Path("actions")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "actOnCase", description = "Only the committee of the organisation at the "
            + "case's current level acts (403 otherwise); RETURN and DECLINE need a reason, which the unit reads.", summary = "Recognise, return (with a reason), decline (with a reason) the model at the case's level, "
            + "or nominate a recognised model to the next level")
    public CaseView act(@PathParam("modelId") UUID modelId, @Valid @NotNull ActionRequest request) {
        if (request.lacksReason()) {
            throw InvalidRequestProblem.ofField("reason", "is required to return or decline a model: its unit reads it");
        }
        return Writes.commit(
                () -> CaseView.of(decisions.decide(access.actionable(modelId), request.action(), request.reason(),
                        request.comment(), caller.username(), caller.orgId())),
                () -> CaseView.of(access.readable(modelId)));
    }
}
