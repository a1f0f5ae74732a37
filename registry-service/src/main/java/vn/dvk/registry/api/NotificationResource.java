package vn.dvk.registry.api;

import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.paging.KeysetPage;
import vn.dvk.kit.paging.PageCursor;
import vn.dvk.kit.preconditions.EntityTags;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.requests.QueryValues;
import vn.dvk.kit.streams.OpenStreams;
import vn.dvk.registry.domain.Notification;
import vn.dvk.registry.domain.RegistryMessages;
import vn.dvk.registry.security.ModelAccess;

@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = "What happened to the caller's unit's models: returned with the reason, "
        + "recognised, nominated, declined")
@SecurityRequirement(name = "SecurityScheme")
public class NotificationResource {

    static final int MAX_LIMIT = 100;

    private final ModelAccess access;
    private final NotificationStream stream;
    private final OpenStreams streams;

    public NotificationResource(ModelAccess access, NotificationStream stream, OpenStreams streams) {
        this.access = access;
        this.stream = stream;
        this.streams = streams;
    }

    @GET
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(operationId = "listNotifications", summary = "The unit's feed, newest first",
            description = "The ETag names the newest entry: poll with If-None-Match and get 304 until something "
                    + "happens. Older entries follow nextCursor.")
    @APIResponse(responseCode = "200", description = "A page of the feed, with its ETag", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationPage.class)))
    @APIResponse(responseCode = "304", description = "Nothing new since the ETag in If-None-Match")
    public Response list(@QueryParam("limit") @DefaultValue("20") @Parameter(description = "Items per page, 1 to "
                    + MAX_LIMIT) int limit,
            @QueryParam("cursor") @Parameter(description = "The nextCursor of the previous page") String cursor,
            @Context Request request) {
        QueryValues values = new QueryValues();
        values.limit(limit, MAX_LIMIT);
        values.check();
        Long before = cursor == null ? null : parseId(PageCursor.decode(cursor, 1).get(0));
        String unit = access.ownUnit().id;
        List<Notification> rows = Notification.newest(unit, before, limit + 1);
        KeysetPage<Notification> page = KeysetPage.of(rows, limit, notification -> notification.id.toString());
        // the first page starts with the newest entry, which names the feed's state; a later one has to ask
        long newest = before == null ? (rows.isEmpty() ? 0 : rows.get(0).id) : Notification.latestId(unit);
        return EntityTags.read(request, newest,
                new NotificationPage(page.items(NotificationView::of), page.nextCursor()));
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(operationId = "streamNotifications", summary = "The unit's new feed entries as server-sent events",
            description = "Each event is named `notification`, its id the entry's id and its data the entry as JSON. "
                    + "A reconnecting client sends Last-Event-ID and gets what it missed first; without it, the "
                    + "stream starts with the next entry. The bearer token goes in the Authorization header (use a "
                    + "fetch-based EventSource). A comment every 20 s keeps the connection open. When the token "
                    + "expires the stream sends a last event, `expired` (a problem as JSON), and ends: reconnect "
                    + "with a fresh token and Last-Event-ID.")
    @APIResponse(responseCode = "200", description = "The stream", content = @Content(
            mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "429", description = "The caller holds as many streams open as they may; retry "
            + "after Retry-After seconds")
    public void stream(@HeaderParam("Last-Event-ID") @Parameter(description = "The id of the last event received")
            String lastEventId, @Context SseEventSink sink, @Context Sse sse, @Context HttpServerResponse response) {
        String unit = access.ownUnit().id;
        // each event must reach the client as it is written: no proxy may buffer the stream (ingress-nginx reads
        // this header), no cache keep it
        response.putHeader("X-Accel-Buffering", "no").putHeader("Cache-Control", "no-cache");
        long lastSeen = lastEventId == null ? Notification.latestId(unit) : parseId(lastEventId);
        streams.open(sink, sse).ifPresent(open -> stream.subscribe(unit, lastSeen, open));
    }

    private static long parseId(String value) {
        try {
            long id = Long.parseLong(value.strip());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidRequestProblem(RegistryMessages.NOT_AN_ID_OF_FEED.text(value));
    }
}
