package vn.dvk.reporting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dvk.reporting.projection.Counter;
import vn.dvk.reporting.projection.LiveSchema;
import vn.dvk.reporting.projection.ProjectionSchema;

/**
 * Reads counters of the live projection: now from the {@code _now} table, as of a date with one index probe per
 * counter into the {@code _day} table (the latest day on or before it). Neither grows with the number of models.
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
        List<String> where = new ArrayList<>();
        equal.forEach((column, value) -> {
            if (!columns.contains(column)) {
                throw new IllegalArgumentException(column);
            }
            where.add(value instanceof List<?> ? "k." + column + " = any(string_to_array(:" + column + ", ','))"
                    : "k." + column + " = :" + column);
        });
        String keys = columns.stream().map(c -> "k." + c).collect(Collectors.joining(", "));
        String value = "k.n";
        String lateral = "";
        if (asOf != null) {
            value = "coalesce(d.n, 0)";
            lateral = """
                    left join lateral (select d.n from {p}.%s d where %s and d.day <= :asOf
                                       order by d.day desc limit 1) d on true""".formatted(counter.day(),
                    columns.stream().map(c -> "d." + c + " = k." + c).collect(Collectors.joining(" and ")));
        }
        Query query = entityManager.createNativeQuery(schema.sql("select " + keys + ", " + value + " from {p}."
                + counter.now() + " k " + lateral + (where.isEmpty() ? "" : " where " + String.join(" and ", where))),
                Object[].class);
        equal.forEach((column, v) -> query.setParameter(column, v instanceof List<?> list
                ? list.stream().map(Object::toString).collect(Collectors.joining(",")) : v));
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        List<Row> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] r = (Object[]) result;
            List<String> key = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                key.add((String) r[i]);
            }
            rows.add(new Row(key, ((Number) r[columns.size()]).longValue()));
        }
        return rows;
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
