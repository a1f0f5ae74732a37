package vn.dvk.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Adds to counters (see {@link Counter}), keys travelling as arrays so that a batch's changes go in a few statements
 * whatever their number: each day's changes are added to the day's row and to the current value, and the month rows
 * from the change's month on move by them (an event read late moves the few month rows after it, not every later day).
 */
@ApplicationScoped
public class Counters {

    /** Whether a batch keeps the month rows current. */
    public enum MonthRows {
        /** Each change moves them: what readers read. */
        KEPT_CURRENT,
        /**
         * Left alone until {@link #buildMonths} computes them from the day rows: a rebuild reads the topics'
         * partitions in chunks, so most of its events land behind month rows already written.
         */
        BUILT_AT_THE_END
    }


    private final EntityManager entityManager;
    private final FigureChanges figureChanges;

    public Counters(EntityManager entityManager, FigureChanges figureChanges) {
        this.entityManager = entityManager;
        this.figureChanges = figureChanges;
    }

    /**
     * Adds each delta to its counter (key values in the counter's key column order) as of its day: to the day's row
     * and the current value, and, {@link MonthRows#KEPT_CURRENT}, to the month rows from the day's month on (the
     * month's row made from the month before where there was none).
     */
    public void add(ProjectionSchema schema, Counter counter, Map<LocalDate, Map<List<String>, Long>> deltasByDay,
            MonthRows monthRows) {
        List<LocalDate> days = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>();
        List<Long> deltas = new ArrayList<>();
        deltasByDay.forEach((day, deltasOfDay) -> deltasOfDay.forEach((key, delta) -> {
            if (delta != 0) {
                days.add(day);
                keys.add(key);
                deltas.add(delta);
            }
        }));
        if (keys.isEmpty()) {
            return;
        }
        List<String> columns = counter.keyColumns();
        String columnList = String.join(", ", columns);
        String arrays = IntStream.range(0, columns.size()).mapToObj(i -> ":k" + i).collect(Collectors.joining(", "));
        String changes = "changes as (select * from unnest(" + arrays + ", :days, :deltas) as c(" + columnList
                + ", day, delta))";
        run(schema.sql("""
                with %1$s
                insert into {p}.%2$s as t (%3$s, day, n)
                select %3$s, day, sum(delta) from changes group by %3$s, day
                on conflict (%3$s, day) do update set n = t.n + excluded.n""".formatted(changes, counter.day(),
                columnList)), keys, days, deltas);
        if (monthRows == MonthRows.KEPT_CURRENT) {
            moveMonths(schema, counter, changes, keys, days, deltas);
        }
        run(schema.sql("""
                with %1$s
                insert into {p}.%2$s as t (%3$s, n)
                select %3$s, sum(delta) from changes group by %3$s
                on conflict (%3$s) do update set n = t.n + excluded.n""".formatted(changes, counter.now(),
                columnList)), keys, days, deltas);
        announce(schema, columns, keys);
    }

    /** Computes every counter's month rows from its day rows (a rebuild's, written {@link MonthRows#BUILT_AT_THE_END}). */
    public void buildMonths(ProjectionSchema schema) {
        for (Counter counter : Counter.values()) {
            String columnList = String.join(", ", counter.keyColumns());
            entityManager.createNativeQuery(schema.sql("""
                    insert into {p}.%1$s (%2$s, month, n)
                    select %2$s, month, sum(n) over (partition by %2$s order by month)
                    from (select %2$s, cast(date_trunc('month', day) as date) as month, sum(n) as n
                          from {p}.%3$s group by %2$s, cast(date_trunc('month', day) as date)) m""".formatted(counter.month(), columnList,
                    counter.day()))).executeUpdate();
        }
    }

    /** Opens the changes' month rows from the value the month before, then moves them and every later month row. */
    private void moveMonths(ProjectionSchema schema, Counter counter, String changes, List<List<String>> keys,
            List<LocalDate> days, List<Long> deltas) {
        List<String> columns = counter.keyColumns();
        String columnList = String.join(", ", columns);
        run(schema.sql("""
                with %1$s
                insert into {p}.%2$s (%3$s, month, n)
                select %4$s, c.month, coalesce((select m.n from {p}.%2$s m where %5$s and m.month < c.month
                                                order by m.month desc limit 1), 0)
                from (select distinct %3$s, cast(date_trunc('month', day) as date) as month from changes) c
                on conflict do nothing""".formatted(changes, counter.month(), columnList, prefixed("c.", columns),
                same("m", "c", columns))), keys, days, deltas);
        // each month row takes the changes made in or before its month (an UPDATE applies one source row per target)
        run(schema.sql("""
                with %1$s
                update {p}.%2$s m set n = m.n + s.total
                from (select %3$s, r.month, sum(c.delta) as total
                      from {p}.%2$s r join changes c on %4$s and c.day < r.month + interval '1 month'
                      group by %3$s, r.month) s
                where %5$s and m.month = s.month""".formatted(changes, counter.month(), prefixed("r.", columns),
                same("r", "c", columns), same("m", "s", columns))), keys, days, deltas);
    }

    /** Tells the dashboards of each node (and campaign) moved, once the transaction commits. */
    private void announce(ProjectionSchema schema, List<String> columns, List<List<String>> keys) {
        int node = columns.indexOf("node_id");
        int campaign = columns.indexOf("campaign_id");
        if (node < 0) {
            return;
        }
        Map<String, Set<String>> nodesByCampaign = new TreeMap<>();
        keys.forEach(key -> nodesByCampaign.computeIfAbsent(campaign < 0 ? "" : key.get(campaign),
                c -> new TreeSet<>()).add(key.get(node)));
        nodesByCampaign.forEach((c, nodes) -> figureChanges.changed(schema, c.isEmpty() ? null : c, nodes));
    }

    private void run(String sql, List<List<String>> keys, List<LocalDate> days, List<Long> deltas) {
        Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < keys.get(0).size(); i++) {
            int column = i;
            query.setParameter("k" + i, keys.stream().map(key -> key.get(column)).toArray(String[]::new));
        }
        query.setParameter("days", days.toArray(LocalDate[]::new));
        query.setParameter("deltas", deltas.toArray(Long[]::new));
        query.executeUpdate();
    }

    private static String same(String left, String right, List<String> columns) {
        return columns.stream().map(c -> left + "." + c + " = " + right + "." + c).collect(Collectors.joining(" and "));
    }

    private static String prefixed(String prefix, List<String> columns) {
        return columns.stream().map(c -> prefix + c).collect(Collectors.joining(", "));
    }
}
