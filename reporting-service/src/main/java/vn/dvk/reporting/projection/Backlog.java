package vn.dvk.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dvk.reporting.projection.ModelHistory.Spell;

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

    /** Adds each spell's count change to every node that counts the model. */
    void move(ProjectionSchema schema, String campaignId, List<String> nodes, Map<Spell, Long> changes) {
        if (campaignId == null || nodes.isEmpty()) {
            return;
        }
        changes.forEach((spell, delta) -> entityManager.createNativeQuery(schema.sql("""
                insert into {p}.backlog_figure as b (campaign_id, node_id, level, entered_on, left_on, n)
                select :campaign, node, :level, :entered, :left, :delta
                from unnest(string_to_array(:nodes, ',')) as node
                on conflict (campaign_id, node_id, level, entered_on, left_on) do update set n = b.n + excluded.n"""))
                .setParameter("campaign", campaignId)
                .setParameter("level", spell.level().name())
                .setParameter("entered", spell.enteredOn())
                .setParameter("left", spell.leftOn())
                .setParameter("delta", delta)
                .setParameter("nodes", String.join(",", nodes))
                .executeUpdate());
    }
}
