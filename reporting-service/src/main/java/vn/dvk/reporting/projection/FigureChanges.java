package vn.dvk.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;

/**
 * Tells every replica, when the transaction commits, which figures of the live projection changed: PostgreSQL
 * delivers the notification to each listener then, and only then. The payload is the campaign (empty: any) and the
 * organisation nodes whose subtree's figures moved; {@link #EVERYTHING} after a rebuild.
 */
@ApplicationScoped
public class FigureChanges {

    public static final String CHANNEL = "dvk_reporting_figures";
    public static final String EVERYTHING = "*";

    private final EntityManager entityManager;
    private final ProjectionSchema live;

    public FigureChanges(EntityManager entityManager, LiveSchema live) {
        this.entityManager = entityManager;
        this.live = live.schema();
    }

    /** Announces a change of the figures of these nodes (in the campaign, or any when null) in {@code schema}. */
    public void changed(ProjectionSchema schema, String campaignId, Collection<String> nodes) {
        if (schema.equals(live) && !nodes.isEmpty()) {
            notify((campaignId == null ? "" : campaignId) + "|" + String.join(",", nodes));
        }
    }

    /** Announces that every figure may have changed (the live tables were replaced). */
    public void changedEverything() {
        notify(EVERYTHING);
    }

    private void notify(String payload) {
        entityManager.createNativeQuery("select pg_notify(:channel, :payload)").setParameter("channel", CHANNEL)
                .setParameter("payload", payload).getSingleResult();
    }
}
