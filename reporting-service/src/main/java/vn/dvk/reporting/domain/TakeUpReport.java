package vn.dvk.reporting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import vn.dvk.reporting.projection.LiveSchema;
import vn.dvk.reporting.projection.ProjectionSchema;
import vn.dvk.reporting.projection.TypedNulls;

/**
 * Replication followed through (nhân rộng): how many times recognised models were taken up, by source model, by
 * taking unit, or by month. A take-up counts in the period when the day it was taken up lies in it (from, asOf, or
 * the period named); its result counts when recorded by the end of asOf. Campaign and movement are the taking
 * model's.
 */
@ApplicationScoped
public class TakeUpReport {

    /** What the take-ups are counted by. */
    public enum By {
        /** The models of the organisation's subtree, with how many units took each up (wherever they are). */
        MODEL("cast(source_model_id as text)", "max(source_title)", "max(source_unit_name)", "source_node_ids",
                "count(*) desc, 1"),
        /** The units of the organisation's subtree, with how many models each took up. */
        UNIT("taker_unit_id", "max(taker_unit_name)", "max(taker_unit_name)", "taker_node_ids", "count(*) desc, 1"),
        /** The months in which the subtree's units took models up. */
        MONTH("to_char(taken_up_on, 'YYYY-MM')", "null", "null", "taker_node_ids", "1");

        private final String key;
        private final String label;
        private final String unitName;
        private final String nodes;
        private final String order;

        By(String key, String label, String unitName, String nodes, String order) {
            this.key = key;
            this.label = label;
            this.unitName = unitName;
            this.nodes = nodes;
            this.order = order;
        }
    }

    /**
     * One row: the source model (its id, title and unit), the taking unit (its id and name) or the month
     * ({@code yyyy-MM}); how many take-ups, and how many of them have a result recorded.
     */
    public record TakeUpCount(String key, String label, String unitName, long takeUps, long withResult) {
    }

    private final EntityManager entityManager;
    private final ProjectionSchema schema;

    public TakeUpReport(EntityManager entityManager, LiveSchema live) {
        this.entityManager = entityManager;
        this.schema = live.schema();
    }

    public List<TakeUpCount> count(ReportQuery query, By by) {
        var statement = entityManager.createNativeQuery(schema.sql("""
                select %s, %s, %s, count(*),
                       count(result_on) filter (where cast(:asOf as date) is null or result_on <= cast(:asOf as date))
                from {p}.replication_take_up
                where %s @> array[cast(:node as text)] and taken_up_on is not null
                  and (cast(:campaign as text) is null or campaign_id = :campaign)
                  and (cast(:movement as text) is null or campaign_id in (
                      select c.campaign_id from {p}.campaign c where c.movement = :movement))
                  and (cast(:from as date) is null or taken_up_on >= cast(:from as date))
                  and (cast(:asOf as date) is null or taken_up_on <= cast(:asOf as date))
                group by 1 order by %s""".formatted(by.key, by.label, by.unitName, by.nodes, by.order)),
                Object[].class)
                .setParameter("node", query.organisationId())
                .setParameter("campaign", TypedNulls.text(query.campaignId()))
                .setParameter("movement", TypedNulls.text(query.movement()))
                .setParameter("from", TypedNulls.date(query.from()))
                .setParameter("asOf", TypedNulls.date(query.asOf()));
        return statement.getResultList().stream().map(result -> {
            Object[] r = (Object[]) result;
            return new TakeUpCount((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue());
        }).toList();
    }
}
