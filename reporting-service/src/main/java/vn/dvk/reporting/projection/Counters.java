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
 * Adds to counters, keeping both their current value and their value at the end of the day of the change. Every
 * change of one event goes in three statements whatever their number (keys travel as arrays): the day's row is
 * opened with the value carried from the day before, then it and any later day's rows (an event of an earlier day
 * arriving late) move by the delta, and so does the current value.
 */
@ApplicationScoped
public class Counters {

    /** What a counter's day rows hold while a batch writes them. */
    public enum DayRows {
        /** Each row the counter's value at the end of its day: what readers read. */
        CUMULATIVE,
        /**
         * Each row the sum of the changes made on its day, until {@link #accumulate} turns them into values: a
         * rebuild reads the topics' partitions in chunks, so its events land weeks behind day rows already written,
         * and shifting every later row for each of them cost it most of its time.
         */
        CHANGES_OF_THE_DAY
    }

    /** Separates array elements in the parameters: no key (codes, ids, enum names) contains it. */
    private static final String SEPARATOR = "\u001f";

    private final EntityManager entityManager;
    private final FigureChanges figureChanges;

    public Counters(EntityManager entityManager, FigureChanges figureChanges) {
        this.entityManager = entityManager;
        this.figureChanges = figureChanges;
    }

    /**
     * Adds each delta to its counter (key values in the counter's key column order) as of its day: the current value
     * moves by the sum; {@link DayRows#CUMULATIVE}, the day rows from that day on move by it, and a day row is made
     * where there was none (from the value the day before); {@link DayRows#CHANGES_OF_THE_DAY}, only the day's row.
     */
    public void add(ProjectionSchema schema, Counter counter, Map<LocalDate, Map<List<String>, Long>> deltasByDay,
            DayRows dayRows) {
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
        String arrays = IntStream.range(0, columns.size()).mapToObj(i -> "string_to_array(:k" + i + ", :separator)")
                .collect(Collectors.joining(", "));
        String changes = "changes as (select * from unnest(" + arrays
                + ", cast(string_to_array(:days, :separator) as date[]), "
                + "cast(string_to_array(:deltas, :separator) as bigint[])) as c(" + columnList + ", day, delta))";
        if (dayRows == DayRows.CHANGES_OF_THE_DAY) {
            run(schema.sql("""
                    with %1$s
                    insert into {p}.%2$s as t (%3$s, day, n)
                    select %3$s, day, sum(delta) from changes group by %3$s, day
                    on conflict (%3$s, day) do update set n = t.n + excluded.n""".formatted(changes, counter.day(),
                    columnList)), keys, days, deltas);
        } else {
            shiftDays(schema, counter, changes, keys, days, deltas);
        }
        run(schema.sql("""
                with %1$s
                insert into {p}.%2$s as t (%3$s, n)
                select %3$s, sum(delta) from changes group by %3$s
                on conflict (%3$s) do update set n = t.n + excluded.n""".formatted(changes, counter.now(),
                columnList)), keys, days, deltas);
        announce(schema, columns, keys);
    }

    /**
     * Turns day rows written as {@link DayRows#CHANGES_OF_THE_DAY} into each day's value (the running sum of the
     * key's rows up to that day), every counter in one statement each.
     */
    public void accumulate(ProjectionSchema schema) {
        for (Counter counter : Counter.values()) {
            String columnList = String.join(", ", counter.keyColumns());
            entityManager.createNativeQuery(schema.sql("""
                    update {p}.%1$s d set n = s.running
                    from (select %2$s, day, n, sum(n) over (partition by %2$s order by day) as running
                          from {p}.%1$s) s
                    where %3$s and d.day = s.day and s.running <> s.n""".formatted(counter.day(), columnList,
                    same("d", "s", counter.keyColumns())))).executeUpdate();
        }
    }

    /** Opens the changes' day rows from the value the day before, then moves them and every later day row. */
    private void shiftDays(ProjectionSchema schema, Counter counter, String changes, List<List<String>> keys,
            List<LocalDate> days, List<Long> deltas) {
        List<String> columns = counter.keyColumns();
        String columnList = String.join(", ", columns);
        run(schema.sql("""
                with %1$s
                insert into {p}.%2$s (%3$s, day, n)
                select %4$s, c.day, coalesce((select d.n from {p}.%2$s d where %5$s and d.day < c.day
                                              order by d.day desc limit 1), 0)
                from (select distinct %3$s, day from changes) c
                on conflict do nothing""".formatted(changes, counter.day(), columnList, prefixed("c.", columns),
                same("d", "c", columns))), keys, days, deltas);
        // each day row takes the changes made on or before its day (an UPDATE applies one source row per target)
        run(schema.sql("""
                with %1$s
                update {p}.%2$s d set n = d.n + s.total
                from (select %3$s, r.day, sum(c.delta) as total
                      from {p}.%2$s r join changes c on %4$s and c.day <= r.day
                      group by %3$s, r.day) s
                where %5$s and d.day = s.day""".formatted(changes, counter.day(), prefixed("r.", columns),
                same("r", "c", columns), same("d", "s", columns))), keys, days, deltas);
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
            query.setParameter("k" + i, keys.stream().map(key -> key.get(column)).collect(Collectors.joining(SEPARATOR)));
        }
        query.setParameter("days", days.stream().map(LocalDate::toString).collect(Collectors.joining(SEPARATOR)));
        query.setParameter("deltas", deltas.stream().map(String::valueOf).collect(Collectors.joining(SEPARATOR)));
        query.setParameter("separator", SEPARATOR);
        query.executeUpdate();
    }

    private static String same(String left, String right, List<String> columns) {
        return columns.stream().map(c -> left + "." + c + " = " + right + "." + c).collect(Collectors.joining(" and "));
    }

    private static String prefixed(String prefix, List<String> columns) {
        return columns.stream().map(c -> prefix + c).collect(Collectors.joining(", "));
    }
}
