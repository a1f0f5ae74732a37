package vn.dvk.reporting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.kit.db.NativeValues;
import vn.dvk.reporting.domain.CounterReader.Row;
import vn.dvk.reporting.projection.Counter;
import vn.dvk.reporting.projection.LiveSchema;
import vn.dvk.reporting.projection.ModelFact.Measure;
import vn.dvk.reporting.projection.ProjectionSchema;
import vn.dvk.reporting.projection.TypedNulls;

/** The figures of review conferences, each read from the pre-aggregated counters of one organisation node. */
@ApplicationScoped
public class Reports {

    /** What a breakdown splits the funnel by. */
    public enum Dimension {
        FIELD(3), KIND(4), OWNER_KIND(5);

        private final int column;

        Dimension(int column) {
            this.column = column;
        }
    }

    /** One organisation of a table: its funnel, its commendations and its place. */
    public record OrganisationFigures(String organisationId, String name, String kind, Funnel funnel,
            long commendations, int rank) {
    }

    /** The backlog of one level: cases waiting, how long, and how many past the level's review window. */
    public record LevelBacklog(Level level, long waiting, long overdue, long waitingUpTo7Days,
            long waiting8To30Days, long waitingOver30Days, Long oldestDays, LocalDate reviewClosesOn) {
    }

    /** Commendations standing by form, level and recipient kind. */
    public record CommendationCount(String form, Level level, String recipientKind, long count) {
    }

    /** A model others replicate (nhân rộng), and how many registered models do. */
    public record Replicated(String modelId, String title, String unitName, long replicas) {
    }

    /** One month's registrations, recognitions (at any level, net of revocations) and decisions. */
    public record Month(YearMonth month, long registered, long recognized, long decisions) {
    }

    /**
     * Units' indicators summed over a subtree and months: directive documents issued, dialogues held, complaints
     * received and resolved (with the share resolved, in percent to one decimal; none when nothing was received), and
     * how many organisations reported.
     */
    public record IndicatorTotals(long directiveDocuments, long dialogues, long complaintsReceived,
            long complaintsResolved, Double complaintsResolvedPercent, long reportingOrganisations) {
    }

    /** The longest timeline one read covers. */
    public static final int MAX_MONTHS = 60;

    /** How many of the most replicated models a review lists. */
    static final int REVIEW_REPLICATED = 10;

    private final CounterReader counters;
    private final EntityManager entityManager;
    private final ProjectionSchema schema;

    public Reports(CounterReader counters, EntityManager entityManager, LiveSchema live) {
        this.counters = counters;
        this.entityManager = entityManager;
        this.schema = live.schema();
    }

    public Funnel funnel(ReportQuery query) {
        return Funnel.of(byMeasure(modelRows(query, query.organisationId())));
    }

    /** The funnel per value of the dimension (an unknown value is counted as UNKNOWN). */
    public Map<String, Funnel> breakdown(ReportQuery query, Dimension dimension) {
        return breakdown(modelRows(query, query.organisationId()), dimension);
    }

    /**
     * The review of a conference: every table from one read of the model counters, so that the breakdowns add up to
     * the funnel; the backlog at the end of {@code last}, the timeline over the months from {@code firstMonth}.
     */
    public Review review(ReportQuery query, String organisationName, YearMonth firstMonth, LocalDate last) {
        List<Row> rows = modelRows(query, query.organisationId());
        return new Review(query, organisationName, Funnel.of(byMeasure(rows)), breakdown(rows, Dimension.FIELD),
                breakdown(rows, Dimension.KIND), breakdown(rows, Dimension.OWNER_KIND), organisations(query),
                backlog(query, last), commendations(query), timeline(query, firstMonth, last),
                mostReplicated(query, REVIEW_REPLICATED), indicators(query, firstMonth, last));
    }

    private static Map<String, Funnel> breakdown(List<Row> modelRows, Dimension dimension) {
        Map<String, List<Row>> rows = new TreeMap<>();
        modelRows.forEach(row -> rows.computeIfAbsent(row.get(dimension.column), k -> new ArrayList<>()).add(row));
        Map<String, Funnel> breakdown = new LinkedHashMap<>();
        rows.forEach((value, valueRows) -> {
            Funnel funnel = Funnel.of(byMeasure(valueRows));
            // a model counted under UNKNOWN until its registration was read leaves counters of zero behind
            if (!funnel.isEmpty()) {
                breakdown.put(value, funnel);
            }
        });
        return breakdown;
    }

    /**
     * The organisations directly under the query's, each with its figures, ranked by the highest recognitions
     * (province, then bloc, then base), then registrations.
     */
    public List<OrganisationFigures> organisations(ReportQuery query) {
        List<?> children = entityManager.createNativeQuery(schema.sql(
                "select id, name, kind from {p}.organisation where parent_id = :node order by id"), Object[].class)
                .setParameter("node", query.organisationId()).getResultList();
        if (children.isEmpty()) {
            return List.of();
        }
        List<String> ids = children.stream().map(row -> (String) ((Object[]) row)[0]).toList();
        Map<String, List<Row>> rowsByNode = new HashMap<>();
        counters.change(Counter.MODEL, Map.of("campaign_id", campaigns(query), "node_id", ids), query.from(),
                query.asOf()).stream().filter(query::admits)
                .forEach(row -> rowsByNode.computeIfAbsent(row.get(1), k -> new ArrayList<>()).add(row));
        Map<String, Long> commendations = new HashMap<>();
        counters.change(Counter.COMMENDATION, Map.of("node_id", ids), query.from(), query.asOf())
                .forEach(row -> commendations.merge(row.get(0), row.n(), Long::sum));
        List<OrganisationFigures> table = new ArrayList<>();
        for (Object child : children) {
            Object[] c = (Object[]) child;
            String id = (String) c[0];
            table.add(new OrganisationFigures(id, (String) c[1], (String) c[2],
                    Funnel.of(byMeasure(rowsByNode.getOrDefault(id, List.of()))), commendations.getOrDefault(id, 0L),
                    0));
        }
        Comparator<OrganisationFigures> ranking = Comparator
                .comparingLong((OrganisationFigures o) -> o.funnel().recognizedAtProvince())
                .thenComparingLong(o -> o.funnel().recognizedAtBloc())
                .thenComparingLong(o -> o.funnel().recognizedAtBase())
                .thenComparingLong(o -> o.funnel().submitted()).reversed();
        table.sort(ranking.thenComparing(OrganisationFigures::organisationId));
        List<OrganisationFigures> ranked = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            OrganisationFigures o = table.get(i);
            // equal figures share a rank
            int rank = i > 0 && ranking.compare(table.get(i - 1), o) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new OrganisationFigures(o.organisationId(), o.name(), o.kind(), o.funnel(), o.commendations(),
                    rank));
        }
        return ranked;
    }

    /** The backlog per level at the end of {@code day}: the cases waiting then, their ages then, and those overdue. */
    public List<LevelBacklog> backlog(ReportQuery query, LocalDate day) {
        List<?> rows = entityManager.createNativeQuery(schema.sql("""
                select b.level, b.entered_on, sum(b.n), w.closes_on
                from {p}.backlog_figure b
                left join {p}.campaign_window w on w.campaign_id = b.campaign_id and w.level = b.level
                where b.campaign_id = any(:campaigns) and b.node_id = :node and b.entered_on <= :day
                  and b.left_on > :day
                group by b.level, b.entered_on, w.closes_on"""), Object[].class)
                .setParameter("campaigns", campaigns(query).toArray(String[]::new))
                .setParameter("node", query.organisationId())
                .setParameter("day", day).getResultList();
        Map<Level, long[]> sums = new EnumMap<>(Level.class);
        Map<Level, LocalDate> closes = new EnumMap<>(Level.class);
        Map<Level, Long> oldest = new EnumMap<>(Level.class);
        for (Object result : rows) {
            Object[] r = (Object[]) result;
            Level level = Level.valueOf((String) r[0]);
            long days = ChronoUnit.DAYS.between(NativeValues.date(r[1]), day);
            long n = ((Number) r[2]).longValue();
            LocalDate closesOn = NativeValues.date(r[3]);
            if (n == 0) {
                continue;
            }
            long[] s = sums.computeIfAbsent(level, k -> new long[5]);
            s[0] += n;
            s[1] += closesOn != null && closesOn.isBefore(day) ? n : 0;
            s[days <= 7 ? 2 : days <= 30 ? 3 : 4] += n;
            closes.put(level, closesOn);
            oldest.merge(level, days, Math::max);
        }
        List<LevelBacklog> backlog = new ArrayList<>();
        for (Level level : Level.values()) {
            long[] s = sums.getOrDefault(level, new long[5]);
            backlog.add(new LevelBacklog(level, s[0], s[1], s[2], s[3], s[4], oldest.get(level),
                    closes.get(level)));
        }
        return backlog;
    }

    public List<CommendationCount> commendations(ReportQuery query) {
        return counters.change(Counter.COMMENDATION, Map.of("node_id", query.organisationId()), query.from(),
                        query.asOf()).stream()
                .filter(row -> row.n() != 0)
                .map(row -> new CommendationCount(row.get(1), Level.valueOf(row.get(2)), row.get(3), row.n()))
                .sorted(Comparator.comparing(CommendationCount::level).thenComparing(CommendationCount::form)
                        .thenComparing(CommendationCount::recipientKind))
                .toList();
    }

    /**
     * The models of the node's subtree (and campaign, if given) most replicated at the end of {@code asOf}, by the
     * title of the version last submitted. A model never submitted is left out, however many replicate it: a draft's
     * text is the unit's alone, in no report.
     */
    public List<Replicated> mostReplicated(ReportQuery query, int limit) {
        String value = query.asOf() == null ? "r.n" : Counter.REPLICATION.valueAsOf("r", "cast(:asOf as date)");
        var statement = entityManager.createNativeQuery(schema.sql("""
                select * from (
                    select r.model_id, m.title, m.unit_name, %s as replicas
                    from {p}.replication_figure_now r
                    join {p}.model_fact m on m.model_id = cast(r.model_id as uuid)
                    where m.submitted and m.title is not null
                      and :node in (m.province_id, m.bloc_id, m.base_id, m.unit_id)
                      and (cast(:campaign as text) is null or m.campaign_id = :campaign)
                      and (cast(:movement as text) is null or m.campaign_id in (
                          select c.campaign_id from {p}.campaign c where c.movement = :movement))
                ) s where s.replicas > 0
                order by s.replicas desc, s.model_id limit :limit""".formatted(value)), Object[].class)
                .setParameter("node", query.organisationId())
                .setParameter("campaign", TypedNulls.text(query.campaignId()))
                .setParameter("movement", TypedNulls.text(query.movement()))
                .setParameter("limit", limit);
        if (query.asOf() != null) {
            statement.setParameter("asOf", query.asOf());
        }
        return statement.getResultList().stream().map(result -> {
            Object[] r = (Object[]) result;
            return new Replicated((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue());
        }).toList();
    }

    /**
     * The indicators of the node's subtree for the months from {@code first} to the month of {@code last}, each
     * organisation's month at the version that stood at the end of asOf (the latest when the query has none, or names
     * a period: {@link ReportQuery#indicatorsReportedBy}).
     */
    public IndicatorTotals indicators(ReportQuery query, YearMonth first, LocalDate last) {
        Object[] sums = (Object[]) entityManager.createNativeQuery(schema.sql("""
                select coalesce(sum(directive_documents), 0), coalesce(sum(dialogues), 0),
                       coalesce(sum(complaints_received), 0), coalesce(sum(complaints_resolved), 0),
                       count(distinct organisation_id)
                from (select distinct on (organisation_id, period) *
                      from {p}.indicator_report
                      where node_ids @> array[cast(:node as text)] and period between :first and :last
                        and (cast(:asOf as date) is null or reported_on <= :asOf)
                      order by organisation_id, period, version desc) standing"""), Object[].class)
                .setParameter("node", query.organisationId()).setParameter("first", first.atDay(1))
                .setParameter("last", YearMonth.from(last).atDay(1))
                .setParameter("asOf", TypedNulls.date(query.indicatorsReportedBy())).getSingleResult();
        long received = ((Number) sums[2]).longValue();
        long resolved = ((Number) sums[3]).longValue();
        return new IndicatorTotals(((Number) sums[0]).longValue(), ((Number) sums[1]).longValue(), received, resolved,
                received == 0 ? null : Math.round(resolved * 1000.0 / received) / 10.0, ((Number) sums[4]).longValue());
    }

    /** Month by month from {@code first} to the month of {@code last}: what happened in each. */
    public List<Month> timeline(ReportQuery query, YearMonth first, LocalDate last) {
        // the end of the month before the first, then each month's end (the last month ends on last)
        List<LocalDate> ends = new ArrayList<>(List.of(first.atDay(1).minusDays(1)));
        for (YearMonth month = first; !month.atDay(1).isAfter(last); month = month.plusMonths(1)) {
            ends.add(month.atEndOfMonth().isAfter(last) ? last : month.atEndOfMonth());
        }
        Map<LocalDate, List<Row>> models = counters.readOn(Counter.MODEL,
                Map.of("campaign_id", campaigns(query), "node_id", query.organisationId()), ends);
        Map<LocalDate, List<Row>> decisions = counters.readOn(Counter.DECISION,
                Map.of("node_id", query.organisationId()), ends);
        List<Month> months = new ArrayList<>();
        Totals before = totals(query, models.get(ends.get(0)), decisions.get(ends.get(0)));
        for (int i = 1; i < ends.size(); i++) {
            Totals after = totals(query, models.get(ends.get(i)), decisions.get(ends.get(i)));
            months.add(new Month(YearMonth.from(ends.get(i)), after.registered - before.registered,
                    after.recognized - before.recognized, after.decisions - before.decisions));
            before = after;
        }
        return months;
    }

    private record Totals(long registered, long recognized, long decisions) {
    }

    private static Totals totals(ReportQuery query, List<Row> modelRows, List<Row> decisionRows) {
        Map<Measure, Long> models = byMeasure(modelRows.stream().filter(query::admits).toList());
        long recognized = List.of(Measure.RECOGNIZED_BASE, Measure.RECOGNIZED_BLOC, Measure.RECOGNIZED_PROVINCE)
                .stream().mapToLong(m -> models.getOrDefault(m, 0L)).sum();
        return new Totals(models.getOrDefault(Measure.REGISTERED, 0L), recognized,
                decisionRows.stream().mapToLong(Row::n).sum());
    }

    private List<Row> modelRows(ReportQuery query, String node) {
        return counters.change(Counter.MODEL, Map.of("campaign_id", campaigns(query), "node_id", node),
                query.from(), query.asOf()).stream().filter(query::admits).toList();
    }

    /**
     * The campaigns a query counts: its campaign; with a movement, those of the movement's campaigns (all of them when
     * the query names no campaign, none when its campaign is another movement's).
     */
    private List<String> campaigns(ReportQuery query) {
        if (query.movement() == null) {
            return List.of(query.campaignId());
        }
        return entityManager.createNativeQuery(schema.sql("""
                select campaign_id from {p}.campaign
                where movement = :movement and (cast(:campaign as text) is null or campaign_id = :campaign)
                order by campaign_id"""), String.class)
                .setParameter("movement", query.movement())
                .setParameter("campaign", TypedNulls.text(query.campaignId())).getResultList();
    }

    private static Map<Measure, Long> byMeasure(List<Row> rows) {
        Map<Measure, Long> counts = new EnumMap<>(Measure.class);
        rows.forEach(row -> counts.merge(Measure.valueOf(row.get(2)), row.n(), Long::sum));
        return counts;
    }

}
