package vn.dvk.registry.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvk.kit.api.KeysetPage;
import vn.dvk.kit.api.PageCursor;
import vn.dvk.kit.api.QueryValues;
import vn.dvk.kit.audit.AuditEntry;
import vn.dvk.kit.audit.AuditTrail;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.security.Roles;
import vn.dvk.registry.audit.AuditAction;

/** The registry's audit trail for auditors, as recognition-service gives its own at /api/v1/audit (one host routes both). */
@Path("/api/v1/registry-audit")
@Tag(name = "Audit", description = "The append-only trail of every administrative change: organisations, campaigns,"
        + " indicator reports, model edits")
@SecurityRequirement(name = "SecurityScheme")
public class AuditResource {

    private static final int MAX_PAGE = 500;

    private final AuditTrail trail;
    private final Caller caller;

    public AuditResource(AuditTrail trail, Caller caller) {
        this.trail = trail;
        this.caller = caller;
    }

    /** One page of the trail, newest first. */
    public record AuditPage(List<AuditEntry> items, String nextCursor) {
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(operationId = "readRegistryAuditTrail",
            summary = "The registry's audit trail of the auditor's province, newest first",
            description = "Filters: actor (subject or user name), action, subjectId (an organisation, campaign or "
                    + "model id), from/to (ISO date-times). Keyset pages: pass nextCursor as cursor. No API changes "
                    + "or deletes an entry.")
    public AuditPage read(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("subjectId") String subjectId, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("100") int limit) {
        QueryValues values = new QueryValues();
        AuditAction wanted = values.oneEnum("action", action, AuditAction.class);
        OffsetDateTime since = instant(values, "from", from);
        OffsetDateTime until = instant(values, "to", to);
        int size = values.limit(limit, MAX_PAGE);
        Long before = null;
        if (cursor != null) {
            try {
                before = Long.parseLong(PageCursor.decode(cursor, 1).get(0));
            } catch (NumberFormatException e) {
                values.refuse("cursor", "is not a cursor this list handed out; start again without it");
            }
        }
        values.check();
        List<AuditEntry> rows = trail.read(new AuditTrail.Filter(caller.orgId(), actor,
                wanted == null ? null : wanted.name(), subjectId, since, until, before), size);
        KeysetPage<AuditEntry> page = KeysetPage.of(rows, size, e -> Long.toString(e.id()));
        return new AuditPage(page.items(), page.nextCursor());
    }

    private static OffsetDateTime instant(QueryValues values, String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            values.refuse(parameter, "must be a date-time like 2026-11-30T08:00:00Z");
            return null;
        }
    }
}
