package vn.dvk.recognition.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.paging.KeysetPage;
import vn.dvk.kit.paging.PageCursor;
import vn.dvk.kit.problems.NotFoundProblem;
import vn.dvk.kit.requests.QueryValues;
import vn.dvk.kit.security.Caller;
import vn.dvk.recognition.domain.OrganisationTree;
import vn.dvk.recognition.domain.RecognitionMessages;
import vn.dvk.recognition.domain.Reviewer;
import vn.dvk.recognition.domain.ReviewerDirectory;

@Path("/api/v1/reviewers")
@Tag(name = "Reviewers", description = "The reviewers recognition has seen, whom an admin seats on a council")
@SecurityRequirement(name = "SecurityScheme")
public class ReviewerResource {

    private static final int MAX_PAGE = 200;

    private final Caller caller;
    private final ReviewerDirectory directory;

    public ReviewerResource(Caller caller, ReviewerDirectory directory) {
        this.caller = caller;
        this.directory = directory;
    }

    /** One page of reviewers, by name. */
    public record ReviewerPage(List<ReviewerView> items, String nextCursor) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER})
    @Operation(operationId = "listReviewers", summary = "The reviewers of an organisation and those below it, as "
            + "recognition has seen them", description = "Recognition records each reviewer who calls it, from their "
            + "verified token: subject, login, name (family name first) and organisation, as last seen. No API of "
            + "the suite lists people, and a council's members are known by their token's subject: an admin forming "
            + "or changing a council picks them here. A reviewer who has never called recognition is not listed; "
            + "one who moved is listed under the organisation their token last named. organisationId is the "
            + "caller's own by default; one outside the caller's organisation and those below it: 404, as for one "
            + "that does not exist. By name; keyset pages: pass nextCursor as cursor")
    public ReviewerPage list(
            @QueryParam("organisationId") @Parameter(description = "The organisation, e.g. ag-syt")
            String organisationId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") int limit) {
        QueryValues values = new QueryValues();
        int size = values.limit(limit, MAX_PAGE);
        values.check();
        String organisation = organisationId == null || organisationId.isBlank() ? caller.orgId() : organisationId;
        if (!OrganisationTree.isWithin(organisation, caller.orgId())) {
            throw new NotFoundProblem(RecognitionMessages.NO_ORGANISATION.text(organisation));
        }
        List<Reviewer> rows = directory.within(organisation, cursor == null ? null : PageCursor.decode(cursor, 2),
                size + 1);
        KeysetPage<Reviewer> page = KeysetPage.of(rows, size, r -> r.fullName + PageCursor.SEPARATOR + r.sub);
        return new ReviewerPage(page.items(ReviewerView::of), page.nextCursor());
    }
}
