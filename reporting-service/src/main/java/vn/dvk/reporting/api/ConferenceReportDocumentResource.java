package vn.dvk.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.problems.KitMessages;
import vn.dvk.kit.requests.QueryValues;
import vn.dvk.reporting.documents.ConferenceReport;
import vn.dvk.reporting.documents.ConferenceReports;
import vn.dvk.reporting.documents.ReportDocx;
import vn.dvk.reporting.documents.ReportIssuers;
import vn.dvk.reporting.documents.ReportPdf;
import vn.dvk.reporting.domain.ReportQuery;
import vn.dvk.reporting.domain.Reports;
import vn.dvk.reporting.domain.Review;
import vn.dvk.reporting.projection.LiveSchema;
import vn.dvk.reporting.security.ReaderScope;

/**
 * The review-conference report as a Party document ("báo cáo sơ kết, tổng kết"): the review's figures in the
 * narrative and tables of a report the organisation's committee signs, as PDF or as DOCX to edit before signing.
 */
@Path("/api/v1/reports/conference-report")
@Tag(name = "Reports")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
public class ConferenceReportDocumentResource {

    private static final String PDF = "pdf";
    private static final String DOCX = "docx";

    private final Reports reports;
    private final ReaderScope scope;
    private final ReportIssuers issuers;
    private final EntityManager entityManager;
    private final LiveSchema live;
    /** The service clock, in the province's zone: the report's date, and "today" for a report without asOf. */
    private final Clock clock;

    public ConferenceReportDocumentResource(Reports reports, ReaderScope scope, ReportIssuers issuers,
            EntityManager entityManager, LiveSchema live, Clock clock) {
        this.reports = reports;
        this.scope = scope;
        this.issuers = issuers;
        this.entityManager = entityManager;
        this.live = live;
        this.clock = clock;
    }

    @GET
    @Produces({ReportPdf.MEDIA_TYPE, ReportDocx.MEDIA_TYPE})
    @Operation(operationId = "getConferenceReport", summary = "The review-conference report (báo cáo sơ kết, tổng "
            + "kết) of the organisation's subtree, in the Party's format",
            description = "\"Sơ kết\" of the period named (2026, 2026-H1, 2026-Q2), \"Tổng kết\" of the whole cycle "
                    + "when none is named. The Party heading of the organisation's committee as the tree records it, "
                    + "the figures in the sentences of part I and in its tables (models by field and level, "
                    + "recognition by level, commendations by form and grade, the most replicated models), parts II "
                    + "and III to complete, the recipients and the signature block. PDF unless ?format=docx or an "
                    + "Accept header naming the DOCX type asks for the Word document. An organisation outside the "
                    + "caller's subtree answers 404.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = ReportPdf.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportDocx.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.STRING, format = "binary"))})
    public Response report(@BeanParam ReportParameters parameters,
            @QueryParam("format") @Parameter(description = "pdf (default) or docx") String format,
            @Context HttpHeaders headers) {
        QueryValues values = new QueryValues();
        boolean docx = docx(values, format, headers);
        ReportQuery query = parameters.query(values, true, scope, clock);
        LocalDate last = query.lastDay(clock);
        Review review = reports.review(query, scope.name(query.organisationId()),
                parameters.firstMonth(values, query, last), last);
        ConferenceReport report = ConferenceReports.of(review, issuers.of(query.organisationId()),
                campaignName(query.campaignId()), query.from(), last, LocalDate.now(clock));
        String name = "bao-cao-hoi-nghi_%s_%s.%s".formatted(query.organisationId(), last, docx ? DOCX : PDF);
        return Response.ok(docx ? ReportDocx.write(report) : ReportPdf.write(report),
                        docx ? ReportDocx.MEDIA_TYPE : ReportPdf.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"").build();
    }

    /** Whether the Word document is asked for: by ?format= (pdf or docx), else by the first type Accept names. */
    private static boolean docx(QueryValues values, String format, HttpHeaders headers) {
        if (format != null) {
            String wanted = format.strip().toLowerCase(Locale.ROOT);
            if (!wanted.equals(PDF) && !wanted.equals(DOCX)) {
                values.refuse("format", KitMessages.ONE_OF.text(PDF + ", " + DOCX));
            }
            return wanted.equals(DOCX);
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType()) {
                return false;
            }
            if (accepted.isCompatible(MediaType.valueOf(ReportDocx.MEDIA_TYPE))) {
                return true;
            }
            if (accepted.isCompatible(MediaType.valueOf(ReportPdf.MEDIA_TYPE))) {
                return false;
            }
        }
        return false;
    }

    private String campaignName(String campaignId) {
        if (campaignId == null) {
            return null;
        }
        List<?> names = entityManager.createNativeQuery(live.schema().sql(
                "select name from {p}.campaign where campaign_id = :id")).setParameter("id", campaignId).getResultList();
        return names.isEmpty() || names.get(0) == null ? null : (String) names.get(0);
    }
}
