package vn.dvk.registry.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.dvk.contracts.vocabulary.Codes;
import vn.dvk.kit.paging.PageCursor;
import vn.dvk.kit.problems.KitMessages;
import vn.dvk.kit.requests.QueryValues;
import vn.dvk.registry.domain.OrgKind;
import vn.dvk.registry.domain.OrganisationQuery;
import vn.dvk.registry.domain.RegistryMessages;

/** The query parameters of {@code GET /api/v1/organisations}, checked all at once. */
public class OrganisationListParameters {

    static final int MAX_LIMIT = 500;

    @QueryParam("kind")
    @Parameter(schema = @Schema(implementation = OrgKind.class))
    public String kind;

    @QueryParam("parentId")
    @Parameter(description = "Only the organisations directly under this one")
    public String parentId;

    @QueryParam("active")
    @Parameter(description = "true: only active ones; false: only deactivated ones; absent: both",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String active;

    @QueryParam("limit")
    @DefaultValue("100")
    @Parameter(description = "Items per page, 1 to " + MAX_LIMIT)
    public int limit;

    @QueryParam("cursor")
    @Parameter(description = "The nextCursor of the previous page")
    public String cursor;

    OrganisationQuery toQuery(String provinceId) {
        QueryValues values = new QueryValues();
        OrgKind orgKind = values.oneEnum("kind", kind, OrgKind.class);
        if (parentId != null && !parentId.matches(Codes.PATTERN)) {
            values.refuse("parentId", KitMessages.CODE_FORMAT.text());
        }
        if (active != null && !active.equals("true") && !active.equals("false")) {
            values.refuse("active", RegistryMessages.TRUE_OR_FALSE.text());
        }
        values.limit(limit, MAX_LIMIT);
        values.check();
        String after = cursor == null ? null : PageCursor.decode(cursor, 1).get(0);
        return new OrganisationQuery(provinceId, orgKind, parentId,
                active == null ? null : Boolean.valueOf(active), after, limit);
    }
}
