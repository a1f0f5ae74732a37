package vn.dvk.reporting.domain;

import java.time.LocalDate;

/**
 * What a report is asked for: a campaign (none for reports not tied to one), the organisation node whose subtree
 * it counts, the period (from the start of {@code from}, null: since the beginning, to the end of {@code asOf},
 * null: now), and optional filters on the model's field, kind and owner kind.
 */
public record ReportQuery(String campaignId, String organisationId, LocalDate from, LocalDate asOf, String field,
        String kind, String ownerKind) {

    /** Whether a model counter's key (campaign, node, measure, field, kind, owner kind) passes the filters. */
    boolean admits(CounterReader.Row row) {
        return (field == null || field.equals(row.get(3))) && (kind == null || kind.equals(row.get(4)))
                && (ownerKind == null || ownerKind.equals(row.get(5)));
    }
}
