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

    /** Separates array elements in the parameters: no key (codes, ids, enum names) contains it. */
    private static final String SEPARATOR = "\u001f";

    private final EntityManager entityManager;
    private final FigureChanges figureChanges;

    public Counters(EntityManager entityManager, FigureChanges figureChanges) {
        this.entityManager = entityManager;
        this.figureChanges = figureChanges;
    }

    /** Adds each delta to its counter (key values in the counter's key column order) as of {@code day}. */
    public void add(ProjectionSchema schema, Counter counter, LocalDate day, Map<List<String>, Long> deltas) {
        Map<List<String>, Long> changes = deltas.entrySet().stream().filter(e -> e.getValue() != 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (changes.isEmpty()) {
            return;
        }
        List<String> columns = counter.keyColumns();
        List<List<String>> keys = new ArrayList<>(changes.keySet());
        String columnList = String.join(", ", columns);
        String arrays = IntStream.range(0, columns.size()).mapToObj(i -> "string_to_array(:k" + i + ", :separator)")
                .collect(Collectors.joining(", "));
        String sameKey = columns.stream().map(c -> "d." + c + " = c." + c).collect(Collectors.joining(" and "));
        String changed = "unnest(" + arrays + ", cast(string_to_array(:deltas, :separator) as bigint[])) as c("
                + columnList + ", delta)";

        run(schema.sql("""
                insert into {p}.%1$s (%2$s, day, n)
                select %3$s, :day, coalesce((select d.n from {p}.%1$s d where %4$s and d.day < :day
                                             order by d.day desc limit 1), 0)
                from %5$s
                on conflict do nothing""".formatted(counter.day(), columnList, prefixed("c.", columns), sameKey,
                changed)), keys, changes, day);
        run(schema.sql("""
                update {p}.%1$s d set n = d.n + c.delta
                from %2$s
                where %3$s and d.day >= :day""".formatted(counter.day(), changed, sameKey)), keys, changes, day);
        run(schema.sql("""
                insert into {p}.%1$s as t (%2$s, n)
                select %3$s, c.delta from %4$s
                on conflict (%2$s) do update set n = t.n + excluded.n""".formatted(counter.now(), columnList,
                prefixed("c.", columns), changed)), keys, changes, null);
        announce(schema, columns, keys);
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

    private void run(String sql, List<List<String>> keys, Map<List<String>, Long> changes, LocalDate day) {
        Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < keys.get(0).size(); i++) {
            int column = i;
            query.setParameter("k" + i, keys.stream().map(key -> key.get(column)).collect(Collectors.joining(SEPARATOR)));
        }
        query.setParameter("deltas", keys.stream().map(key -> changes.get(key).toString())
                .collect(Collectors.joining(SEPARATOR)));
        query.setParameter("separator", SEPARATOR);
        if (day != null) {
            query.setParameter("day", day);
        }
        query.executeUpdate();
    }

    private static String prefixed(String prefix, List<String> columns) {
        return columns.stream().map(c -> prefix + c).collect(Collectors.joining(", "));
    }
}
