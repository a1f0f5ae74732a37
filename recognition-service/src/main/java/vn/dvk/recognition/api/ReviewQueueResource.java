package vn.dvk.recognition.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.paging.KeysetPage;
import vn.dvk.kit.paging.PageCursor;
import vn.dvk.kit.problems.KitMessages;
import vn.dvk.kit.requests.QueryValues;
import vn.dvk.kit.security.Caller;
import vn.dvk.recognition.domain.RecognitionMessages;
import vn.dvk.recognition.domain.ReviewQueue;
import vn.dvk.recognition.domain.Stage;

@Path("/api/v1/reviews")
@Tag(name = "Review queue", description = "What waits for a committee's decision (hồ sơ chờ xét)")
@SecurityRequirement(name = "SecurityScheme")
public class ReviewQueueResource {

    private static final int MAX_PAGE = 500;

    private final Caller caller;
    private final ReviewQueue queue;

    public ReviewQueueResource(Caller caller, ReviewQueue queue) {
        this.caller = caller;
        this.queue = queue;
    }

    /**
     * One page of the queue and the counts of the whole filtered queue.
     *
     * @param nextCursor pass it as {@code cursor} for the next page; absent on the last
     */
    public record QueuePage(List<ReviewQueue.Entry> items, ReviewQueue.Counts counts, String nextCursor) {
    }

    @GET
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "listReviewQueue", summary = "The cases waiting for the caller's committee",
            description = "Cases under review, or recognised and awaiting nomination, at the level where the caller's "
                    + "organisation reviews, each with how many days it has waited there and whether it is past the "
                    + "campaign's review window for the level (overdue). Filters: campaignId, field, kind, unitId, "
                    + "stage, minWaitDays, overdue; sort: oldest (default) or newest; keyset pages with counts.")
    public QueuePage queue(@QueryParam("campaignId") String campaignId, @QueryParam("field") String field,
            @QueryParam("kind") String kind, @QueryParam("unitId") String unitId, @QueryParam("stage") String stage,
            @QueryParam("minWaitDays") String minWaitDays, @QueryParam("overdue") Boolean overdue,
            @QueryParam("sort") @DefaultValue("oldest") String sort, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        QueryValues values = new QueryValues();
        Stage wantedStage = values.oneEnum("stage", stage, Stage.class);
        Integer waited = values.positive("minWaitDays", minWaitDays);
        int size = values.limit(limit, MAX_PAGE);
        if (!sort.equals("oldest") && !sort.equals("newest")) {
            values.refuse("sort", RecognitionMessages.SORT_OLDEST_OR_NEWEST.text());
        }
        ReviewQueue.After after = null;
        if (cursor != null) {
            List<String> parts = PageCursor.decode(cursor, 2);
            try {
                after = new ReviewQueue.After(OffsetDateTime.parse(parts.get(0)), UUID.fromString(parts.get(1)));
            } catch (RuntimeException e) {
                values.refuse("cursor", KitMessages.CURSOR_NOT_HANDED_OUT.text());
            }
        }
        values.check();
        ReviewQueue.Filter filter = new ReviewQueue.Filter(caller.orgId(), campaignId, field, kind, unitId,
                wantedStage, waited, overdue, sort.equals("newest"));
        KeysetPage<ReviewQueue.Entry> page = KeysetPage.of(queue.page(filter, after, size + 1), size,
                e -> e.arrivedAt() + PageCursor.SEPARATOR + e.modelId());
        return new QueuePage(page.items(), queue.counts(filter), page.nextCursor());
    }
}
