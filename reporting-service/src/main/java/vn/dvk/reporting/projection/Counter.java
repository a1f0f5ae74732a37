package vn.dvk.reporting.projection;

import java.util.List;

/**
 * A family of counters, in three tables keyed by the same columns: {@code <table>_now} with each counter's current
 * value, {@code <table>_day} with the sum of its changes on each day it changed, and {@code <table>_month} with its
 * value at the end of each month it changed. Its value at the end of a day is the latest month row before that day's
 * month plus that month's day rows up to the day: two index probes, whatever the number of models.
 */
public enum Counter {
    MODEL("model_figure", List.of("campaign_id", "node_id", "measure", "field", "kind", "owner_kind")),
    COMMENDATION("commendation_figure", List.of("node_id", "form", "level", "recipient_kind", "grade")),
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

    public String month() {
        return table + "_month";
    }

    /**
     * SQL for the counter's value at the end of a day: {@code row} is the alias of a row with the key columns (of the
     * {@code _now} table, say), {@code day} an SQL date expression; the schema placeholder stays for
     * {@link ProjectionSchema#sql}.
     */
    public String valueAsOf(String row, String day) {
        String sameKey = keyColumns.stream().map(c -> "%1$s." + c + " = " + row + "." + c)
                .collect(java.util.stream.Collectors.joining(" and "));
        // at a month's end (a timeline's points) its month row, or the latest before it, is the value: one probe
        return """
                (case when %5$s = cast(date_trunc('month', %5$s) + interval '1 month - 1 day' as date)
                 then coalesce((select m.n from {p}.%1$s m where %2$s
                                and m.month <= cast(date_trunc('month', %5$s) as date)
                                order by m.month desc limit 1), 0)
                 else coalesce((select m.n from {p}.%1$s m where %2$s
                                and m.month < cast(date_trunc('month', %5$s) as date)
                                order by m.month desc limit 1), 0)
                      + coalesce((select sum(d.n) from {p}.%3$s d where %4$s
                                  and d.day >= cast(date_trunc('month', %5$s) as date) and d.day <= %5$s), 0)
                 end)"""
                .formatted(month(), sameKey.formatted("m"), day(), sameKey.formatted("d"), day);
    }

    public List<String> keyColumns() {
        return keyColumns;
    }
}
