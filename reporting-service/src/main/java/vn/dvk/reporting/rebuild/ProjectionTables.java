package vn.dvk.reporting.rebuild;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import vn.dvk.reporting.projection.FigureChanges;
import vn.dvk.reporting.projection.ProjectionSchema;

/**
 * The tables a rebuild fills afresh and then puts in place of the live ones: every projection table, and the
 * inbox's record of what it applied, so that the live consumers go on exactly where the rebuild stopped.
 * Creating, moving and dropping them is the schema owner's right, not the service's runtime role's: that DDL goes
 * through the owner's SECURITY DEFINER functions (migration V9), which allow nothing beyond these schemas.
 */
@ApplicationScoped
public class ProjectionTables {

    /** In the order a switch locks them: the inbox's first, as live consumers take them. */
    static final List<String> TABLES = List.of("consumed_sequence", "parked_event", "model_fact", "model_figure_now",
            "model_figure_day", "model_figure_month", "commendation_figure_now", "commendation_figure_day",
            "commendation_figure_month", "decision_figure_now", "decision_figure_day", "decision_figure_month",
            "replication_figure_now", "replication_figure_day", "replication_figure_month", "commendation_fact",
            "decision_fact", "backlog_figure", "organisation", "campaign", "campaign_window", "indicator_report",
            "replication_take_up");

    private final EntityManager entityManager;
    private final FigureChanges figureChanges;

    public ProjectionTables(EntityManager entityManager, FigureChanges figureChanges) {
        this.entityManager = entityManager;
        this.figureChanges = figureChanges;
    }

    /** Creates {@code fresh} with an empty copy of every table of {@code live} (columns, defaults, indexes). */
    void createEmpty(ProjectionSchema live, ProjectionSchema fresh) {
        call(live, "rebuild_create_empty(?1, ?2, cast(?3 as text[]))", live.name(), fresh.name(), tableArray());
    }

    /**
     * Inside the switch's transaction: waits until no live transaction uses the live tables and keeps new ones
     * waiting (readers included) until the transaction ends.
     */
    void lockLive(ProjectionSchema live) {
        execute("lock table " + String.join(", ", TABLES.stream().map(t -> live.name() + "." + t).toList())
                + " in access exclusive mode");
    }

    /**
     * Inside the switch's transaction: the events the live consumers took but parked, waiting for an earlier one
     * that has not come yet, stay parked in the fresh tables (those the rebuild applied in order are left out). The live consumers will not read them again, and the
     * rebuild may have applied them without the one they wait for; applying one again when the gap fills changes
     * nothing (every projection is idempotent), losing it would hold the aggregate's later events forever.
     */
    void keepParked(ProjectionSchema live, ProjectionSchema fresh) {
        execute("insert into " + fresh.name() + ".parked_event select p.* from " + live.name() + ".parked_event p "
                + "where p.sequence > coalesce((select c.last_sequence from " + fresh.name() + ".consumed_sequence c "
                + "where c.topic = p.topic and c.aggregate_key = p.aggregate_key), 0) on conflict do nothing");
    }

    /**
     * Inside the switch's transaction: moves the live tables out to {@code retired} and the fresh ones in. Statements
     * waiting for the lock then find the fresh tables by name; the dashboards are told every figure may have moved.
     */
    void swap(ProjectionSchema live, ProjectionSchema fresh, ProjectionSchema retired) {
        call(live, "rebuild_swap(?1, ?2, ?3, cast(?4 as text[]))", live.name(), fresh.name(), retired.name(),
                tableArray());
        figureChanges.changedEverything();
    }

    /** Drops the rebuild's own schema ({@code fresh} or {@code retired}) with what is in it. */
    void drop(ProjectionSchema live, ProjectionSchema schema) {
        call(live, "rebuild_drop(?1, ?2)", live.name(), schema.name());
    }

    /** Calls one of the owner's functions in the live schema (they return nothing: counted, to read a row). */
    private void call(ProjectionSchema live, String function, Object... arguments) {
        var query = entityManager.createNativeQuery("select count(*) from " + live.name() + "." + function);
        for (int i = 0; i < arguments.length; i++) {
            query.setParameter(i + 1, arguments[i]);
        }
        query.getSingleResult();
    }

    /** The table names as a PostgreSQL array literal: plain lower-case names, nothing to quote. */
    private static String tableArray() {
        return "{" + String.join(",", TABLES) + "}";
    }

    private void execute(String sql) {
        entityManager.createNativeQuery(sql).executeUpdate();
    }
}
