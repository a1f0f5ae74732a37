package vn.dvk.reporting.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What a report is asked for: a campaign (none for reports not tied to one), a movement (only its campaigns: with no
 * campaign, all of them), the organisation node whose subtree it counts, the period (from the start of {@code from},
 * null: since the beginning, to the end of {@code asOf}, null: now) and the name of that period when the caller named
 * one (2026-H1; its first and last day are then from and asOf), and optional filters on the model's field, kind and
 * owner kind.
 */
public record ReportQuery(String campaignId, String movement, String organisationId, LocalDate from, LocalDate asOf,
        String period, String field, String kind, String ownerKind) {

    /** The last day counted: asOf, or today in the province by the service's clock (which runs in its zone). */
    public LocalDate lastDay(Clock clock) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }

    /** The first month of a timeline ending on {@code last}: from's month, or the eleven months before last's. */
    public YearMonth firstMonth(LocalDate last) {
        return from != null ? YearMonth.from(from) : YearMonth.from(last).minusMonths(11);
    }

    /**
     * The day by whose end units' indicators count as reported: asOf (null: now). A named period counts its months
     * as reported now instead, since a unit reports a month's figures after the month, and so after the period, ends.
     */
    public LocalDate indicatorsReportedBy() {
        return period != null ? null : asOf;
    }

    /** Whether a model counter's key (campaign, node, measure, field, kind, owner kind) passes the filters. */
    boolean admits(CounterReader.Row row) {
        return (field == null || field.equals(row.get(3))) && (kind == null || kind.equals(row.get(4)))
                && (ownerKind == null || ownerKind.equals(row.get(5)));
    }
}
