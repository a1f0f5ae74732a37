package vn.dvk.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.dvk.kit.db.NativeValues;

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
                select * from unnest(string_to_array(:campaigns, :separator), string_to_array(:nodes, :separator),
                    string_to_array(:levels, :separator), cast(string_to_array(:entered, :separator) as date[]),
                    cast(string_to_array(:left, :separator) as date[]),
                    cast(string_to_array(:deltas, :separator) as bigint[]))
                on conflict (campaign_id, node_id, level, entered_on, left_on) do update set n = b.n + excluded.n"""))
                .setParameter("campaigns", joined(moved, e -> e.getKey().campaignId()))
                .setParameter("nodes", joined(moved, e -> e.getKey().nodeId()))
                .setParameter("levels", joined(moved, e -> e.getKey().spell().level().name()))
                .setParameter("entered", joined(moved, e -> e.getKey().spell().enteredOn().toString()))
                .setParameter("left", joined(moved, e -> e.getKey().spell().leftOn().toString()))
                .setParameter("deltas", joined(moved, e -> e.getValue().toString()))
                .setParameter("separator", NativeValues.SEPARATOR)
                .executeUpdate();
    }

    private static String joined(List<Map.Entry<Key, Long>> moved, Function<Map.Entry<Key, Long>, String> value) {
        return NativeValues.joined(moved.stream().map(value).toList());
    }
}
