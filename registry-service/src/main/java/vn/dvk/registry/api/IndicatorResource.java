package vn.dvk.registry.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.preconditions.EntityTags;
import vn.dvk.kit.preconditions.PreconditionFailedProblem;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.NotFoundProblem;
import vn.dvk.kit.requests.QueryValues;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.transactions.WriteTransactions;
import vn.dvk.registry.domain.IndicatorReporting;
import vn.dvk.registry.domain.Organisation;
import vn.dvk.registry.domain.RegistryMessages;
import vn.dvk.registry.domain.UnitIndicator;
import vn.dvk.registry.security.OrganisationAccess;

@Path("/api/v1/organisations/{id}/indicators")
@Tag(name = "Indicators", description = "What each organisation reports of its mass-mobilisation work, month by "
        + "month: directive documents, dialogues with the people, complaints received and resolved")
@SecurityRequirement(name = "SecurityScheme")
public class IndicatorResource {

    private static final String PERIOD = "The month, as 2026-05";

    private final IndicatorReporting reporting;
    private final OrganisationAccess access;
    private final Caller caller;

    public IndicatorResource(IndicatorReporting reporting, OrganisationAccess access, Caller caller) {
        this.reporting = reporting;
        this.access = access;
        this.caller = caller;
    }

    @PUT
    @Path("{period}")
    @RolesAllowed({Roles.SUBMITTER, Roles.ADMIN})
    @Operation(operationId = "reportIndicators", summary = "Report, or correct, an organisation's figures for a month",
            description = "By a submitter of the organisation itself or an admin of an organisation above it. The month "
                    + "must have begun in the province; the organisation must be active (409). All four figures each "
                    + "time: they replace the month's. Figures equal to those stored change nothing (same version, no "
                    + "event). With If-Match, only the version it names is replaced (412 otherwise, and when the month "
                    + "has no report yet).")
    @APIResponse(responseCode = "200", description = "The month's report as it now stands, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IndicatorView.class)))
    public RestResponse<IndicatorView> report(@PathParam("id") String id,
            @PathParam("period") @Parameter(description = PERIOD, example = "2026-05") String period,
            @Valid @NotNull IndicatorReport report,
            @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = "Optional: the ETag of the month's report as the "
                    + "caller last read it") String ifMatch) {
        YearMonth month = reporting.reportableMonth(period);
        return WriteTransactions.update(() -> {
            UnitIndicator saved = reporting.report(access.indicatorsReportable(id), month, report.figures(),
                    stored -> requireMatch(ifMatch, stored), caller.username());
            return RestResponse.ResponseBuilder.ok(IndicatorView.of(saved), MediaType.APPLICATION_JSON_TYPE)
                    .tag(EntityTags.of(saved.version)).build();
        }, () -> UnitIndicator.of(access.indicatorsReadable(id).id, month).map(IndicatorView::of).orElse(null));
    }

    @GET
    @Path("{period}")
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "getIndicators", summary = "An organisation's figures for a month",
            description = "404 when the month has no report. Answers 304 when If-None-Match names the current ETag.")
    @APIResponse(responseCode = "200", description = "The month's report, with its ETag", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "304", description = "Not changed since the ETag in If-None-Match")
    public Response get(@PathParam("id") String id,
            @PathParam("period") @Parameter(description = PERIOD, example = "2026-05") String period,
            @Context Request request) {
        YearMonth month = IndicatorReporting.month(period)
                .orElseThrow(() -> InvalidRequestProblem.ofField("period", RegistryMessages.MONTH_LIKE.text()));
        Organisation org = access.indicatorsReadable(id);
        UnitIndicator report = UnitIndicator.of(org.id, month).orElseThrow(() -> new NotFoundProblem(
                RegistryMessages.NO_FIGURES_FOR_MONTH.text(id, month)));
        return EntityTags.read(request, report.version, IndicatorView.of(report));
    }

    @GET
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "listIndicators", summary = "An organisation's monthly figures, month by month",
            description = "Its own reports (not those of the organisations under it), from one month to another, both "
                    + "included; either end may be left open. Twelve a year: not paged.")
    public List<IndicatorView> list(@PathParam("id") String id,
            @QueryParam("from") @Parameter(description = "The first month, as 2026-01") String from,
            @QueryParam("to") @Parameter(description = "The last month, as 2026-12") String to) {
        QueryValues values = new QueryValues();
        YearMonth first = month(values, "from", from);
        YearMonth last = month(values, "to", to);
        if (first != null && last != null && last.isBefore(first)) {
            values.refuse("to", RegistryMessages.TO_BEFORE_FROM.text());
        }
        values.check();
        Organisation org = access.indicatorsReadable(id);
        return UnitIndicator.of(org.id, first, last).stream().map(IndicatorView::of).toList();
    }

    /**
     * If-Match is optional, as a month's first report has no version to name: without it the figures sent replace
     * the month's; with it, only the version it names, and a month not yet reported matches none.
     */
    private static void requireMatch(String ifMatch, Optional<UnitIndicator> stored) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        if (stored.isEmpty()) {
            throw new PreconditionFailedProblem(RegistryMessages.NO_REPORT_FOR_IF_MATCH.text(ifMatch.strip()), null);
        }
        EntityTags.requireMatch(ifMatch, stored.get().version, () -> IndicatorView.of(stored.get()));
    }

    /** A month named by a query parameter, or null when it is left out. */
    private static YearMonth month(QueryValues values, String parameter, String value) {
        if (value == null) {
            return null;
        }
        Optional<YearMonth> month = IndicatorReporting.month(value);
        if (month.isEmpty()) {
            values.refuse(parameter, RegistryMessages.MONTH_LIKE.text());
        }
        return month.orElse(null);
    }
}
