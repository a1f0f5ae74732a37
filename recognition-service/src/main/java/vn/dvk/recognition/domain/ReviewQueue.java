package vn.dvk.recognition.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.kit.db.NativeValues;
import vn.dvk.kit.time.Moments;

/**
 * A committee's queue: the cases waiting at the level where its organisation reviews (under review, or recognised
 * and not yet nominated below the province), with how long each has waited against the campaign's review window.
 * Filters narrow it; pages follow the waiting order by keyset, so a page costs the same wherever it lies.
 */
@ApplicationScoped
public class ReviewQueue {

    private final EntityManager entityManager;
    private final Clock clock;
    private final QueueCache cache;

    public ReviewQueue(EntityManager entityManager, Clock clock, QueueCache cache) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.cache = cache;
    }

    /**
     * What a queue may be narrowed to; null means any.
     *
     * @param minWaitDays only cases waiting at least this many days at their level
     * @param overdue only cases past (true) or within (false) their level's review window
     * @param newestFirst the order: longest waiting first unless set
     */
    public record Filter(String orgId, String campaignId, String field, String kind, String unitId, Stage stage,
            Integer minWaitDays, Boolean overdue, boolean newestFirst) {
    }

    /** Where the previous page ended. */
    public record After(OffsetDateTime arrivedAt, UUID modelId) {
    }

    /** One waiting case. */
    public record Entry(UUID modelId, String campaignId, String title, String field, String kind, String unitId,
            String unitName, String baseId, String baseName, Level level, Stage stage, int modelVersion,
            OffsetDateTime arrivedAt, long waitingDays, LocalDate reviewClosesOn, boolean overdue, long version) {
    }

    /** How many cases the filters select, and how many of them are overdue. */
    public record Counts(long total, long overdue) {
    }

    /** A waiting case as the database holds it: what does not move with the clock. */
    private record Row(UUID modelId, String campaignId, String title, String field, String kind, String unitId,
            String unitName, String baseId, String baseName, Level level, Stage stage, int modelVersion,
            OffsetDateTime arrivedAt, LocalDate reviewClosesOn, long version) {

        Entry at(OffsetDateTime now, LocalDate today) {
            return new Entry(modelId, campaignId, title, field, kind, unitId, unitName, baseId, baseName, level, stage,
                    modelVersion, arrivedAt, Duration.between(arrivedAt, now).toDays(), reviewClosesOn,
                    reviewClosesOn != null && reviewClosesOn.isBefore(today), version);
        }
    }

    /** A page or the counts, for a filter on the province's day (which decides what is overdue). */
    private record Key(String what, Filter filter, After after, int limitPlusOne, LocalDate today) {
    }

    public List<Entry> page(Filter filter, After after, int limitPlusOne) {
        OffsetDateTime now = Moments.utc(clock);
        LocalDate today = today(now);
        return kept(new Key("page", filter, after, limitPlusOne, today),
                () -> rows(filter, after, limitPlusOne, now, today))
                .stream().map(row -> row.at(now, today)).toList();
    }

    public Counts counts(Filter filter) {
        OffsetDateTime now = Moments.utc(clock);
        LocalDate today = today(now);
        return kept(new Key("counts", filter, null, 0, today), () -> counts(filter, now, today));
    }

    /**
     * Kept, unless the filter counts days waited up to this very moment (minWaitDays) or the page is larger than
     * {@link QueueCache#MAX_KEPT_PAGE} (counts have no page).
     */
    private <T> T kept(Key key, Supplier<T> read) {
        boolean keepable = key.filter().minWaitDays() == null && key.limitPlusOne() <= QueueCache.MAX_KEPT_PAGE + 1;
        return keepable ? cache.read(key, read) : read.get();
    }

    private List<Row> rows(Filter filter, After after, int limitPlusOne, OffsetDateTime now, LocalDate today) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder sql = new StringBuilder("""
                select c.model_id, c.campaign_id, c.title, c.field, c.kind, c.unit_id, c.unit_name, c.base_id,
                       c.base_name, c.level, c.stage, c.model_version, c.arrived_at, w.closes_on, c.version
                """).append(from(filter, parameters, now, today));
        if (after != null) {
            sql.append(filter.newestFirst() ? " and (c.arrived_at, c.model_id) < (:afterAt, :afterId)"
                    : " and (c.arrived_at, c.model_id) > (:afterAt, :afterId)");
            parameters.put("afterAt", after.arrivedAt());
            parameters.put("afterId", after.modelId());
        }
        String direction = filter.newestFirst() ? "desc" : "asc";
        sql.append(" order by c.arrived_at ").append(direction).append(", c.model_id ").append(direction)
                .append(" limit ").append(limitPlusOne);
        List<Row> rows = new ArrayList<>();
        for (Object row : bind(entityManager.createNativeQuery(sql.toString()), parameters).getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new Row((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], (String) r[7], (String) r[8], Level.valueOf((String) r[9]),
                    Stage.valueOf((String) r[10]), ((Number) r[11]).intValue(), NativeValues.timestamp(r[12]),
                    NativeValues.date(r[13]), ((Number) r[14]).longValue()));
        }
        return List.copyOf(rows);
    }

    private Counts counts(Filter filter, OffsetDateTime now, LocalDate today) {
        Map<String, Object> parameters = new HashMap<>();
        String from = from(filter, parameters, now, today);
        parameters.put("today", today); // the count of overdue cases needs it, whatever the filter
        Object[] row = (Object[]) bind(entityManager.createNativeQuery("select count(*), count(*) filter "
                + "(where w.closes_on < :today) " + from), parameters).getSingleResult();
        return new Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /**
     * The province's day at {@code now}: a window's last day is one of the province's calendar, and the service's
     * clock (not the database's current_date, in the session's zone) says which day it is.
     */
    private LocalDate today(OffsetDateTime now) {
        return LocalDate.ofInstant(now.toInstant(), clock.getZone());
    }

    /** The cases the filter selects, waiting times and windows measured at {@code now}, on the province's {@code today}. */
    private static String from(Filter filter, Map<String, Object> parameters, OffsetDateTime now, LocalDate today) {
        StringBuilder sql = new StringBuilder("""
                from {h-schema}review_case c
                left join {h-schema}review_window w on w.campaign_id = c.campaign_id and w.level = c.level
                where ((c.level = 'BASE' and c.base_id = :org) or (c.level = 'BLOC' and c.bloc_id = :org)
                       or (c.level = 'PROVINCE' and c.province_id = :org))
                  and (c.stage = 'UNDER_REVIEW' or (c.stage = 'RECOGNIZED' and c.level <> 'PROVINCE'))
                  and c.history_import_id is null""");
        parameters.put("org", filter.orgId());
        condition(sql, parameters, "c.campaign_id = :campaign", "campaign", filter.campaignId());
        condition(sql, parameters, "c.field = :field", "field", filter.field());
        condition(sql, parameters, "c.kind = :kind", "kind", filter.kind());
        condition(sql, parameters, "c.unit_id = :unit", "unit", filter.unitId());
        condition(sql, parameters, "c.stage = :stage", "stage", filter.stage() == null ? null : filter.stage().name());
        if (filter.minWaitDays() != null) {
            condition(sql, parameters, "c.arrived_at <= :waitedSince", "waitedSince",
                    now.minusDays(filter.minWaitDays()));
        }
        if (filter.overdue() != null) {
            sql.append(filter.overdue() ? " and w.closes_on < :today"
                    : " and (w.closes_on is null or w.closes_on >= :today)");
            parameters.put("today", today);
        }
        return sql.toString();
    }

    private static void condition(StringBuilder sql, Map<String, Object> parameters, String condition, String name,
            Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            parameters.put(name, value);
        }
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

}
