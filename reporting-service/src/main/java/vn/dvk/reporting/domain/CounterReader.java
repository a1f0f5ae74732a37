package vn.dvk.reporting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.dvk.kit.db.NativeValues;
import vn.dvk.reporting.projection.Counter;
import vn.dvk.reporting.projection.LiveSchema;
import vn.dvk.reporting.projection.ProjectionSchema;

/**
 * Reads counters of the live projection: now from the {@code _now} table, as of a date with two index probes per
 * counter (see {@link Counter#valueAsOf}). Neither grows with the number of models.
 */
@ApplicationScoped
public class CounterReader {

    /** One counter: its key values in the counter's key column order, and its value. */
    public record Row(List<String> key, long n) {
        public String get(int column) {
            return key.get(column);
        }
    }

    private final EntityManager entityManager;
    private final ProjectionSchema schema;

    public CounterReader(EntityManager entityManager, LiveSchema live) {
        this.entityManager = entityManager;
        this.schema = live.schema();
    }

    /**
     * The counters whose key columns equal the values given (a list value: any of them), as they stood at the end of
     * {@code asOf}, or now when it is null.
     */
    public List<Row> read(Counter counter, Map<String, Object> equal, LocalDate asOf) {
        List<String> columns = counter.keyColumns();
        String keys = columns.stream().map(c -> "k." + c).collect(Collectors.joining(", "));
        String value = asOf == null ? "k.n" : counter.valueAsOf("k", "cast(:asOf as date)");
        Query query = entityManager.createNativeQuery(schema.sql("select " + keys + ", " + value + " from {p}."
                + counter.now() + " k where " + conditions(columns, equal)), Object[].class);
        bind(query, equal);
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        List<Row> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            rows.add(row((Object[]) result, 0, columns.size()));
        }
        return rows;
    }

    /**
     * The counters whose key columns equal the values given, as they stood at the end of each of the days, read in
     * one statement (a timeline's month-ends): day → rows.
     */
    public Map<LocalDate, List<Row>> readOn(Counter counter, Map<String, Object> equal, List<LocalDate> days) {
        List<String> columns = counter.keyColumns();
        String keys = columns.stream().map(c -> "k." + c).collect(Collectors.joining(", "));
        Query query = entityManager.createNativeQuery(schema.sql("""
                select t.day, %s, %s from {p}.%s k
                cross join unnest(:days) as t(day)
                where %s""".formatted(keys, counter.valueAsOf("k", "t.day"), counter.now(),
                conditions(columns, equal))), Object[].class);
        bind(query, equal);
        query.setParameter("days", days.toArray(LocalDate[]::new));
        Map<LocalDate, List<Row>> byDay = new TreeMap<>();
        days.forEach(day -> byDay.put(day, new ArrayList<>()));
        for (Object result : query.getResultList()) {
            Object[] r = (Object[]) result;
            byDay.get(NativeValues.date(r[0])).add(row(r, 1, columns.size()));
        }
        return byDay;
    }

    private static String conditions(List<String> columns, Map<String, Object> equal) {
        List<String> where = new ArrayList<>();
        equal.forEach((column, value) -> {
            if (!columns.contains(column)) {
                throw new IllegalArgumentException(column);
            }
            where.add(value instanceof List<?> ? "k." + column + " = any(:" + column + ")"
                    : "k." + column + " = :" + column);
        });
        return where.isEmpty() ? "true" : String.join(" and ", where);
    }

    private static void bind(Query query, Map<String, Object> equal) {
        equal.forEach((column, v) -> query.setParameter(column, v instanceof List<?> list
                ? list.stream().map(Object::toString).toArray(String[]::new) : v));
    }

    private static Row row(Object[] r, int first, int size) {
        List<String> key = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            key.add((String) r[first + i]);
        }
        return new Row(key, ((Number) r[first + size]).longValue());
    }

    /**
     * The change of each counter over a period: its value at the end of {@code to} (now when null) less its value at
     * the end of the day before {@code from} (nothing taken off when null).
     */
    public List<Row> change(Counter counter, Map<String, Object> equal, LocalDate from, LocalDate to) {
        List<Row> end = read(counter, equal, to);
        if (from == null) {
            return end;
        }
        Map<List<String>, Long> start = read(counter, equal, from.minusDays(1)).stream()
                .collect(Collectors.toMap(Row::key, Row::n));
        return end.stream().map(row -> new Row(row.key(), row.n() - start.getOrDefault(row.key(), 0L))).toList();
    }
}
