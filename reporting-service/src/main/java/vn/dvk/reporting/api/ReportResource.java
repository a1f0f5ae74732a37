package vn.dvk.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.requests.QueryValues;
import vn.dvk.reporting.domain.ReportQuery;
import vn.dvk.reporting.domain.Reports;
import vn.dvk.reporting.domain.TakeUpReport;
import vn.dvk.reporting.security.ReaderScope;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Figures for review conferences, counted within the caller's organisation: a "
        + "reviewer, admin or leader sees their subtree, an auditor the province. Every report takes asOf (the "
        + "figures at the end of that day) and most take from (only what changed from that day), or instead a "
        + "period: a year, a half-year (6 tháng đầu năm: 2026-H1) or a quarter (2026-Q3). A movement (DVK, "
        + "DVK_NEW_RURAL…) narrows the figures of campaigns to its campaigns, and without campaignId counts all of "
        + "them together")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
public class ReportResource {

    private final Reports reports;
    private final ReaderScope scope;
    /** The service clock, in the province's zone: what "today" is for a report without asOf. */
    private final Clock clock;
    private final TakeUpReport takeUps;
    private final FigureCache figures;

    public ReportResource(Reports reports, ReaderScope scope, Clock clock, TakeUpReport takeUps, FigureCache figures) {
        this.reports = reports;
        this.takeUps = takeUps;
        this.scope = scope;
        this.clock = clock;
        this.figures = figures;
    }

    /**
     * The report read once and kept until a change concerns it (see {@link FigureCache}); the caller's scope has
     * already admitted the query's organisation, so the figures are the same for everyone it admits. Kept per day:
     * a query without asOf counts up to today.
     */
    private <T> T kept(String report, ReportQuery query, Object detail, Supplier<T> read) {
        return figures.report(new FigureCache.Key(report, query, List.of(detail, query.lastDay(clock))), read);
    }

    @GET
    @Path("funnel")
    @Operation(operationId = "getFunnel", summary = "How many of the campaign's models were registered, are under "
            + "review, and were recognised, returned, declined, revoked or withdrawn, counting those whose path runs "
            + "through the organisation")
    public FunnelView funnel(@BeanParam ReportParameters parameters) {
        ReportQuery query = parameters.query(new QueryValues(), true, scope, clock);
        return kept("funnel", query, "", () -> FunnelView.of(query, scope.name(query.organisationId()),
                reports.funnel(query)));
    }

    @GET
    @Path("breakdown")
    @Operation(operationId = "getBreakdown", summary = "The funnel per field, kind or owner kind")
    public Report<BreakdownEntry> breakdown(@BeanParam ReportParameters parameters,
            @QueryParam("by") @Parameter(description = "FIELD (default), KIND or OWNER_KIND") String by) {
        QueryValues values = new QueryValues();
        Reports.Dimension dimension = by == null ? Reports.Dimension.FIELD
                : values.oneEnum("by", by, Reports.Dimension.class);
        ReportQuery query = parameters.query(values, true, scope, clock);
        return kept("breakdown", query, dimension, () -> Report.of(query, scope.name(query.organisationId()),
                BreakdownEntry.of(reports.breakdown(query, dimension))));
    }

    @GET
    @Path("organisations")
    @Operation(operationId = "getOrganisationTable", summary = "Each organisation directly under the one asked for "
            + "(the blocs of a province, the base organisations of a bloc, the units of a base), with its funnel, its "
            + "commendations and its rank")
    public Report<Reports.OrganisationFigures> organisations(@BeanParam ReportParameters parameters) {
        ReportQuery query = parameters.query(new QueryValues(), true, scope, clock);
        return kept("organisations", query, "", () -> Report.of(query, scope.name(query.organisationId()),
                reports.organisations(query)));
    }

    @GET
    @Path("backlog")
    @Operation(operationId = "getBacklog", summary = "Per level, the cases waiting for review at the end of the day "
            + "(asOf, default today), how long they have waited and how many are past the level's review window")
    public Report<Reports.LevelBacklog> backlog(@BeanParam ReportParameters parameters) {
        ReportQuery query = parameters.query(new QueryValues(), true, scope, clock);
        return kept("backlog", query, "", () -> Report.of(query, scope.name(query.organisationId()),
                reports.backlog(query, query.lastDay(clock))));
    }

    @GET
    @Path("commendations")
    @Operation(operationId = "getCommendations", summary = "Commendations standing (giấy khen, bằng khen…) awarded "
            + "within the organisation's subtree, by form, level and recipient kind")
    public Report<Reports.CommendationCount> commendations(@BeanParam ReportParameters parameters) {
        ReportQuery query = parameters.query(new QueryValues(), false, scope, clock);
        return kept("commendations", query, "", () -> Report.of(query, scope.name(query.organisationId()),
                reports.commendations(query)));
    }

    @GET
    @Path("replication")
    @Operation(operationId = "getReplication", summary = "The models of the organisation's subtree most replicated "
            + "(nhân rộng): how many registered models copy each",
            description = "Each by the title of its version last submitted; a model never submitted (a draft) is "
                    + "not listed, however many copy it")
    public Report<Reports.Replicated> replication(@BeanParam ReportParameters parameters,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        QueryValues values = new QueryValues();
        values.limit(limit, 100);
        ReportQuery query = parameters.query(values, false, scope, clock);
        return Report.of(query, scope.name(query.organisationId()), reports.mostReplicated(query, limit));
    }

    @GET
    @Path("take-ups")
    @Operation(operationId = "getTakeUps", summary = "Take-ups of recognised models (nhân rộng) that units recorded, "
            + "counted by source model, by taking unit or by month",
            description = "by=MODEL (default): the models of the organisation's subtree, each with how many units "
                    + "took it up, wherever they are. by=UNIT: the units of the subtree, each with how many models it "
                    + "took up. by=MONTH: the months the subtree's units took models up in. A take-up counts when the "
                    + "day it was taken up lies between from and asOf (or in the period named); withResult counts those "
                    + "with a result recorded by the end of asOf. campaignId and movement are the taking model's.")
    public Report<TakeUpReport.TakeUpCount> takeUps(@BeanParam ReportParameters parameters,
            @QueryParam("by") @Parameter(description = "MODEL (default), UNIT or MONTH") String by) {
        QueryValues values = new QueryValues();
        TakeUpReport.By dimension = by == null ? TakeUpReport.By.MODEL : values.oneEnum("by", by, TakeUpReport.By.class);
        ReportQuery query = parameters.query(values, false, scope, clock);
        return Report.of(query, scope.name(query.organisationId()), takeUps.count(query, dimension));
    }

    @GET
    @Path("indicators")
    @Operation(operationId = "getIndicators", summary = "Units' indicators summed over the organisation's subtree: "
            + "directive documents issued, dialogues held, complaints received and resolved (and the share resolved), "
            + "for the months from from's month (default: the eleven before asOf's) to asOf's, each month at the "
            + "version reported by the end of asOf; for a named period, its months as reported now")
    public IndicatorReport indicators(@BeanParam ReportParameters parameters) {
        QueryValues values = new QueryValues();
        ReportQuery query = parameters.query(values, false, scope, clock);
        LocalDate last = query.lastDay(clock);
        YearMonth first = parameters.firstMonth(values, query, last);
        return new IndicatorReport(query.organisationId(), scope.name(query.organisationId()), query.period(), first,
                YearMonth.from(last), query.indicatorsReportedBy(), reports.indicators(query, first, last));
    }

    @GET
    @Path("timeline")
    @Operation(operationId = "getTimeline", summary = "Month by month: registrations, recognitions (at any level, net "
            + "of revocations) and decisions, from the month of from (default: 11 months before asOf) to asOf")
    public Report<Reports.Month> timeline(@BeanParam ReportParameters parameters) {
        QueryValues values = new QueryValues();
        ReportQuery query = parameters.query(values, true, scope, clock);
        LocalDate last = query.lastDay(clock);
        YearMonth first = parameters.firstMonth(values, query, last);
        return Report.of(query, scope.name(query.organisationId()), reports.timeline(query, first, last));
    }
}
