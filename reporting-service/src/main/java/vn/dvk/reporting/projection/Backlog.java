package vn.dvk.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import vn.dvk.kit.domain.Level;

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

    /** Follows a model's review from {@code before} to {@code after}; {@code day} is when the change happened. */
    void follow(ProjectionSchema schema, ModelFact before, ModelFact after, LocalDate day) {
        boolean same = before.reviewLevel == after.reviewLevel && java.util.Objects.equals(before.reviewSince,
                after.reviewSince);
        if (same || after.campaignId == null) {
            return;
        }
        if (before.reviewLevel != null) {
            add(schema, after.campaignId, after.nodes(), before.reviewLevel, before.reviewSince, STILL_WAITING, -1);
            add(schema, after.campaignId, after.nodes(), before.reviewLevel, before.reviewSince, day, 1);
        }
        if (after.reviewLevel != null) {
            add(schema, after.campaignId, after.nodes(), after.reviewLevel, after.reviewSince, STILL_WAITING, 1);
        }
    }

    private void add(ProjectionSchema schema, String campaignId, List<String> nodes, Level level, LocalDate enteredOn,
            LocalDate leftOn, long delta) {
        if (nodes.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery(schema.sql("""
                insert into {p}.backlog_figure as b (campaign_id, node_id, level, entered_on, left_on, n)
                select :campaign, node, :level, :entered, :left, :delta
                from unnest(string_to_array(:nodes, ',')) as node
                on conflict (campaign_id, node_id, level, entered_on, left_on) do update set n = b.n + excluded.n"""))
                .setParameter("campaign", campaignId)
                .setParameter("level", level.name())
                .setParameter("entered", enteredOn)
                .setParameter("left", leftOn)
                .setParameter("delta", delta)
                .setParameter("nodes", String.join(",", nodes))
                .executeUpdate();
    }
}
