package vn.dvk.reporting.api;

import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.requests.QueryValues;
import vn.dvk.kit.streams.OpenStreams;
import vn.dvk.reporting.domain.ReportQuery;
import vn.dvk.reporting.domain.Reports;
import vn.dvk.reporting.domain.Review;
import vn.dvk.reporting.export.ReviewCsv;
import vn.dvk.reporting.export.ReviewWorkbook;
import vn.dvk.reporting.security.ReaderScope;

/**
 * The mid-period and final review report ("báo cáo sơ kết, tổng kết"): every table at once, as JSON for the
 * dashboard and the printable page, as an XLSX workbook and as CSV.
 */
@Path("/api/v1/reports/review")
@Tag(name = "Reports")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
public class ConferenceReportResource {

    private final Reports reports;
    private final FigureCache figures;
    private final ReaderScope scope;
    private final FigureStream stream;
    private final OpenStreams streams;
    /** The service clock, in the province's zone: what "today" is for a report without asOf. */
    private final Clock clock;

    public ConferenceReportResource(Reports reports, FigureCache figures, ReaderScope scope, FigureStream stream,
            OpenStreams streams, Clock clock) {
        this.reports = reports;
        this.figures = figures;
        this.scope = scope;
        this.stream = stream;
        this.streams = streams;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getReview", summary = "The review report: funnel, breakdowns by field, kind and owner "
            + "kind, the organisations under the one asked for, backlog, commendations, the monthly timeline (from "
            + "from's month, default the last twelve) and the most replicated models")
    public ReviewView review(@BeanParam ReportParameters parameters) {
        return ReviewView.of(read(parameters));
    }

    @GET
    @Path("xlsx")
    @Produces(ReviewWorkbook.MEDIA_TYPE)
    @Operation(operationId = "getReviewWorkbook", summary = "The review report as an XLSX workbook: one sheet per "
            + "table, Vietnamese headings, a total row per table")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(
            mediaType = ReviewWorkbook.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations
                    .enums.SchemaType.STRING, format = "binary")))
    public Response workbook(@BeanParam ReportParameters parameters) {
        Review review = read(parameters);
        return download(ReviewWorkbook.write(review), ReviewWorkbook.MEDIA_TYPE, fileName(review, "xlsx"));
    }

    @GET
    @Path("csv")
    @Produces(ReviewCsv.MEDIA_TYPE)
    @Operation(operationId = "getReviewCsv", summary = "The review report as CSV: one line per figure (table, item, "
            + "measure, value), totals included", description = "A text cell starting with =, +, -, @, a tab or a "
                    + "carriage return is written with a leading single quote, so that spreadsheets never run it as a "
                    + "formula (CSV injection); values are plain numbers, negative ones included")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response csv(@BeanParam ReportParameters parameters) {
        Review review = read(parameters);
        return download(ReviewCsv.write(review), ReviewCsv.MEDIA_TYPE, fileName(review, "csv"));
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamReview", summary = "The review as server-sent events: one now, then a new one "
            + "within about a second of any change to its figures",
            description = "Each event is named `review` and its data is the review as JSON (as getReview answers). The "
                    + "bearer token goes in the Authorization header (use a fetch-based EventSource). A comment every "
                    + "20 s keeps the connection open. When the token expires the stream sends a last event, "
                    + "`expired` (a problem as JSON), and ends: reconnect with a fresh token.")
    @APIResponse(responseCode = "200", description = "The stream", content = @Content(
            mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "429", description = "The caller holds as many streams open as they may; retry "
            + "after Retry-After seconds")
    public void stream(@BeanParam ReportParameters parameters, @Context SseEventSink sink, @Context Sse sse,
            @Context HttpServerResponse response) {
        QueryValues values = new QueryValues();
        ReportQuery query = parameters.query(values, true, scope, clock);
        parameters.firstMonth(values, query, query.lastDay(clock));
        String organisationName = scope.name(query.organisationId());
        // each event must reach the browser as it is written: no proxy may buffer the stream, no cache keep it
        response.putHeader("X-Accel-Buffering", "no").putHeader("Cache-Control", "no-cache");
        streams.open(sink, sse).ifPresent(open -> stream.subscribe(query, organisationName, open));
    }

    private Review read(ReportParameters parameters) {
        QueryValues values = new QueryValues();
        ReportQuery query = parameters.query(values, true, scope, clock);
        LocalDate last = query.lastDay(clock);
        YearMonth firstMonth = parameters.firstMonth(values, query, last);
        // the caller's scope has admitted the organisation: the figures are the same for everyone it admits
        return figures.report(FigureCache.Key.review(query, firstMonth, last),
                () -> reports.review(query, scope.name(query.organisationId()), firstMonth, last));
    }

    private static Response download(Object body, String mediaType, String fileName) {
        return Response.ok(body, mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").build();
    }

    /**
     * bao-cao_{campaign, or movement}_{organisation}_{day}: codes only, so the name is safe in any file system and
     * header.
     */
    private String fileName(Review review, String extension) {
        ReportQuery query = review.query();
        LocalDate day = query.lastDay(clock);
        return "bao-cao_%s_%s_%s.%s".formatted(query.campaignId() != null ? query.campaignId() : query.movement(),
                query.organisationId(), day, extension);
    }
}
