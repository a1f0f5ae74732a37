package vn.dvk.reporting.api;

import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.dvk.contracts.vocabulary.Codes;
import vn.dvk.kit.problems.KitMessages;
import vn.dvk.kit.requests.QueryValues;
import vn.dvk.reporting.domain.ReportQuery;
import vn.dvk.reporting.domain.ReportingMessages;
import vn.dvk.reporting.domain.Reports;
import vn.dvk.reporting.security.ReaderScope;

/** The query parameters every report takes: campaign, organisation, period and filters. */
public class ReportParameters {

    private static final Pattern CODE = Pattern.compile(Codes.PATTERN);
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z_]{0,31}");

    @QueryParam("campaignId")
    @Parameter(description = "The campaign counted; required by the reports of a campaign unless movement is given",
            example = "dvk-2026")
    String campaignId;

    @QueryParam("movement")
    @Parameter(description = "Only the campaigns of this movement (DVK, DVK_NEW_RURAL…); without campaignId, every "
            + "campaign of the movement together. Commendations, decisions and units' indicators belong to no "
            + "campaign: they are counted whatever the movement, as they are whatever the campaign",
            example = "DVK_NEW_RURAL")
    String movement;

    @QueryParam("period")
    @Parameter(description = "A year (2026), a half-year (2026-H1: the first six months, \"6 tháng đầu năm\"; "
            + "2026-H2) or a quarter (2026-Q1 to 2026-Q4): what changed from its first day to the end of its last, "
            + "or to the end of today while it runs. Instead of from and asOf, not with them. Units' indicators "
            + "count the period's months as reported now (a month is reported after it ends)", example = "2026-H1")
    String period;

    @QueryParam("organisationId")
    @Parameter(description = "The organisation whose subtree is counted: the caller's own or one under it "
            + "(default: the caller's own)", example = "ag-dukcqdn")
    String organisationId;

    @QueryParam("from")
    @Parameter(description = "Count what changed from the start of this day (province time) only", example = "2026-01-01")
    String from;

    @QueryParam("asOf")
    @Parameter(description = "The figures as they stood at the end of this day (province time); default: now",
            example = "2026-06-30")
    String asOf;

    @QueryParam("field")
    @Parameter(description = "Only models of this field", example = "CULTURE_SOCIETY")
    String field;

    @QueryParam("kind")
    @Parameter(description = "Only models of this kind (MODEL, EXEMPLAR)", example = "MODEL")
    String kind;

    @QueryParam("ownerKind")
    @Parameter(description = "Only models of this owner kind (COLLECTIVE, INDIVIDUAL)", example = "COLLECTIVE")
    String ownerKind;

    /**
     * The query these parameters ask for, the organisation checked against what the caller may read; a period's end
     * after today (by the service's clock, in the province's zone) is today.
     */
    ReportQuery query(QueryValues values, boolean campaignRequired, ReaderScope scope, Clock clock) {
        if (campaignId == null && movement == null && campaignRequired) {
            values.refuse("campaignId", ReportingMessages.REQUIRED_UNLESS_MOVEMENT.text());
        } else if (campaignId != null && !CODE.matcher(campaignId).matches()) {
            values.refuse("campaignId", KitMessages.CODE_FORMAT.text());
        }
        if (organisationId != null && !CODE.matcher(organisationId).matches()) {
            values.refuse("organisationId", KitMessages.CODE_FORMAT.text());
        }
        constant(values, "movement", movement);
        constant(values, "field", field);
        constant(values, "kind", kind);
        constant(values, "ownerKind", ownerKind);
        LocalDate fromDay = values.date("from", from);
        LocalDate asOfDay = values.date("asOf", asOf);
        if (fromDay != null && asOfDay != null && fromDay.isAfter(asOfDay)) {
            values.refuse("from", ReportingMessages.FROM_AFTER_AS_OF.text());
        }
        if (period != null) {
            ReportPeriod named = period(values, clock);
            if (from != null || asOf != null) {
                values.refuse("period", ReportingMessages.PERIOD_WITH_DATES.text());
            } else if (named != null) {
                fromDay = named.firstDay();
                asOfDay = named.lastDay();
            }
        }
        values.check();
        return new ReportQuery(campaignId, movement, scope.organisation(organisationId), fromDay, asOfDay, period,
                field, kind, ownerKind);
    }

    /** The period asked for, ending today at the latest; null (and refused) when it names none or has not begun. */
    private ReportPeriod period(QueryValues values, Clock clock) {
        ReportPeriod named = ReportPeriod.parse(period);
        if (named == null) {
            values.refuse("period", ReportingMessages.PERIOD_FORMAT.text(ReportPeriod.EXAMPLES));
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        if (named.firstDay().isAfter(today)) {
            values.refuse("period", ReportingMessages.PERIOD_NOT_BEGUN.text());
            return null;
        }
        return named.lastDay().isAfter(today) ? new ReportPeriod(named.firstDay(), today) : named;
    }

    /** The first month of a timeline ending on {@code last} (see {@link ReportQuery#firstMonth}): at most 60. */
    YearMonth firstMonth(QueryValues values, ReportQuery query, LocalDate last) {
        YearMonth first = query.firstMonth(last);
        if (first.plusMonths(Reports.MAX_MONTHS - 1).isBefore(YearMonth.from(last))) {
            values.refuse("from", ReportingMessages.TIMELINE_LONGER_THAN.text(Reports.MAX_MONTHS));
            values.check();
        }
        return first;
    }

    private static void constant(QueryValues values, String parameter, String value) {
        if (value != null && !CONSTANT.matcher(value).matches()) {
            values.refuse(parameter, ReportingMessages.CODE_IN_CAPITALS.text());
        }
    }
}
