package vn.dvk.recognition.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.audit.AuditPage;
import vn.dvk.kit.audit.AuditPages;
import vn.dvk.recognition.audit.AuditAction;

/** Recognition's audit trail for auditors; the registry gives its own at /api/v1/registry-audit, the same way. */
@Path("/api/v1/audit")
@Tag(name = "Audit", description = "The append-only trail of every action, score, vote, decision and revocation")
@SecurityRequirement(name = "SecurityScheme")
public class AuditResource {

    private final AuditPages pages;

    public AuditResource(AuditPages pages) {
        this.pages = pages;
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(operationId = "readAuditTrail", summary = "The audit trail of the auditor's province, newest first",
            description = "Each entry names its actor by the token's subject (actor), which a renamed or reused "
                    + "username cannot mislead, and by the username they had (actorName). Filters: actor (a subject "
                    + "or a username), action, subjectId (a model, council, campaign or decision id), from/to (ISO "
                    + "date-times). Keyset pages: pass nextCursor as cursor. No API changes or deletes an entry.")
    public AuditPage read(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("subjectId") String subjectId, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("100") int limit) {
        return pages.read(new AuditPages.Query(actor, action, subjectId, from, to, cursor, limit), AuditAction.class);
    }
}
