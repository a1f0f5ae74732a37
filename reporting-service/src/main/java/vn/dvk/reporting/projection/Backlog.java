package vn.dvk.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The review backlog: per campaign, level and node, how many cases entered review on a day and on which day they
 * left it ({@link #STILL_WAITING} while they wait), so that the backlog as of any date, and each case's age then,
 * is a sum over a few rows.
 */
@ApplicationScoped
public class Backlog {

    public static final LocalDate STILL_WAITING = LocalDate.of(9999, 12, 31);


    private final EntityManager entityManager;

    public Backlog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One counted spell: a model of the campaign waiting at a level, counted at one organisation node. */
    record Key(String campaignId, String nodeId, ModelHistory.Spell spell) {
    }

    /** Adds each spell's count change (those that add up to nothing are left out). */
    void add(ProjectionSchema schema, Map<Key, Long> changes) {
        List<Map.Entry<Key, Long>> moved = changes.entrySet().stream().filter(e -> e.getValue() != 0).toList();
        if (moved.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery(schema.sql("""
                insert into {p}.backlog_figure as b (campaign_id, node_id, level, entered_on, left_on, n)
                select * from unnest(:campaigns, :nodes, :levels, :entered, :left, :deltas)
                on conflict (campaign_id, node_id, level, entered_on, left_on) do update set n = b.n + excluded.n"""))
                .setParameter("campaigns", moved.stream().map(e -> e.getKey().campaignId()).toArray(String[]::new))
                .setParameter("nodes", moved.stream().map(e -> e.getKey().nodeId()).toArray(String[]::new))
                .setParameter("levels", moved.stream().map(e -> e.getKey().spell().level().name()).toArray(String[]::new))
                .setParameter("entered", moved.stream().map(e -> e.getKey().spell().enteredOn()).toArray(LocalDate[]::new))
                .setParameter("left", moved.stream().map(e -> e.getKey().spell().leftOn()).toArray(LocalDate[]::new))
                .setParameter("deltas", moved.stream().map(Map.Entry::getValue).toArray(Long[]::new))
                .executeUpdate();
    }
}
