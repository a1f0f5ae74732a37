package vn.dvk.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;
import vn.dvk.contracts.vocabulary.Level;

/** Keeps each campaign's movement, name and review windows as the registry last described them. */
@ApplicationScoped
public class Campaigns {

    private final EntityManager entityManager;
    private final FigureChanges figureChanges;

    public Campaigns(EntityManager entityManager, FigureChanges figureChanges) {
        this.entityManager = entityManager;
        this.figureChanges = figureChanges;
    }

    public void describe(ProjectionSchema schema, String campaignId, String movement, String name, String provinceId,
            Map<Level, LocalDate[]> windows) {
        entityManager.createNativeQuery(schema.sql("""
                insert into {p}.campaign (campaign_id, movement, name, province_id)
                values (:id, :movement, :name, :province)
                on conflict (campaign_id) do update set movement = excluded.movement, name = excluded.name,
                    province_id = excluded.province_id"""))
                .setParameter("id", campaignId).setParameter("movement", TypedNulls.text(movement))
                .setParameter("name", name).setParameter("province", provinceId).executeUpdate();
        entityManager.createNativeQuery(schema.sql("delete from {p}.campaign_window where campaign_id = :id"))
                .setParameter("id", campaignId).executeUpdate();
        windows.forEach((level, window) -> entityManager.createNativeQuery(schema.sql("""
                insert into {p}.campaign_window (campaign_id, level, opens_on, closes_on)
                values (:id, :level, :opens, :closes)"""))
                .setParameter("id", campaignId).setParameter("level", level.name())
                .setParameter("opens", window[0]).setParameter("closes", window[1]).executeUpdate());
        // a report read before the campaign was known counted none of its models under its movement
        figureChanges.campaignDescribed(schema);
    }
}
