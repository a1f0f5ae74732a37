package vn.dvk.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.util.Collection;

/**
 * Tells every replica, when the transaction commits, which figures of the live projection changed: PostgreSQL
 * delivers the notification to each listener then, and only then. The payload is the campaign (empty: any) and the
 * organisation nodes whose subtree's figures moved; {@link #GALLERY} when models the gallery shows or showed were
 * written; {@link #EVERYTHING} after a rebuild. This replica's observers of
 * {@link FigureChange} after a successful commit ({@code TransactionPhase.AFTER_SUCCESS}) hear it before the commit
 * returns, without waiting for the notification to come back from PostgreSQL.
 */
@ApplicationScoped
public class FigureChanges {

    public static final String CHANNEL = "dvk_reporting_figures";
    public static final String EVERYTHING = "*";
    /** A payload without the "|" of a campaign's. */
    public static final String GALLERY = "gallery";
    /** Below PostgreSQL's 8,000-byte limit on a notification's payload (node ids are ASCII codes). */
    private static final int PAYLOAD_LIMIT = 7_000;

    private final EntityManager entityManager;
    private final ProjectionSchema live;
    private final Event<FigureChange> committed;

    public FigureChanges(EntityManager entityManager, LiveSchema live, Event<FigureChange> committed) {
        this.entityManager = entityManager;
        this.live = live.schema();
        this.committed = committed;
    }

    /** Announces a change of the figures of these nodes (in the campaign, or any when null) in {@code schema}. */
    public void changed(ProjectionSchema schema, String campaignId, Collection<String> nodes) {
        if (!schema.equals(live) || nodes.isEmpty()) {
            return;
        }
        // a batch of events can move hundreds of nodes: as many notifications as PostgreSQL's payload limit needs
        String prefix = (campaignId == null ? "" : campaignId) + "|";
        StringBuilder payload = new StringBuilder(prefix);
        for (String node : nodes) {
            if (payload.length() > prefix.length() && payload.length() + 1 + node.length() > PAYLOAD_LIMIT) {
                notify(payload.toString());
                payload.setLength(prefix.length());
            }
            payload.append(payload.length() > prefix.length() ? "," : "").append(node);
        }
        notify(payload.toString());
        committed.fire(FigureChange.of(campaignId, nodes));
    }

    /** Announces that every figure may have changed (the live tables were replaced). */
    /**
     * A campaign was described anew: which campaigns a movement counts and the windows a backlog reads may have
     * moved, for reports of any organisation. Campaigns change seldom, so every kept report goes.
     */
    public void campaignDescribed(ProjectionSchema schema) {
        if (schema.equals(live)) {
            changedEverything();
        }
    }

    /** Announces that models which the public gallery shows, or showed, were written in {@code schema}. */
    public void galleryChanged(ProjectionSchema schema) {
        if (schema.equals(live)) {
            notify(GALLERY);
            committed.fire(FigureChange.GALLERY);
        }
    }

    public void changedEverything() {
        notify(EVERYTHING);
        committed.fire(FigureChange.EVERYTHING);
    }

    private void notify(String payload) {
        entityManager.createNativeQuery("select pg_notify(:channel, :payload)").setParameter("channel", CHANNEL)
                .setParameter("payload", payload).getSingleResult();
    }
}
