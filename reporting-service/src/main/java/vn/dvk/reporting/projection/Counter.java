package vn.dvk.reporting.projection;

import java.util.List;

/**
 * A family of counters: a {@code <table>_now} table with each counter's current value and a {@code <table>_day}
 * table with its value at the end of each day it changed, both keyed by the same columns.
 */
public enum Counter {
    MODEL("model_figure", List.of("campaign_id", "node_id", "measure", "field", "kind", "owner_kind")),
    COMMENDATION("commendation_figure", List.of("node_id", "form", "level", "recipient_kind")),
    DECISION("decision_figure", List.of("node_id", "level")),
    REPLICATION("replication_figure", List.of("model_id"));

    final String table;
    final List<String> keyColumns;

    Counter(String table, List<String> keyColumns) {
        this.table = table;
        this.keyColumns = keyColumns;
    }

    public String now() {
        return table + "_now";
    }

    public String day() {
        return table + "_day";
    }

    public List<String> keyColumns() {
        return keyColumns;
    }
}
