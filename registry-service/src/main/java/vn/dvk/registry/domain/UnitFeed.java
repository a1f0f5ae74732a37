package vn.dvk.registry.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import vn.dvk.contracts.vocabulary.Level;

/**
 * Writes what happened to a unit's model into the unit's feed, in the transaction that applies it, and tells every
 * replica at commit (PostgreSQL NOTIFY on {@link #CHANNEL}, the unit's id as payload), so that the streams open on
 * any of them send it at once.
 */
@ApplicationScoped
public class UnitFeed {

    public static final String CHANNEL = "dvk_registry_unit_feed";

    private final EntityManager entityManager;

    public UnitFeed(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(MobilizationModel model, NotificationKind kind, Level level, String reason,
            String decisionNumber, OffsetDateTime occurredAt) {
        Notification notification = new Notification();
        notification.unitId = model.unitId;
        notification.modelId = model.id;
        notification.modelTitle = model.title;
        notification.kind = kind;
        notification.level = level;
        notification.reason = reason;
        notification.decisionNumber = decisionNumber;
        notification.occurredAt = occurredAt;
        notification.persist();
        entityManager.createNativeQuery("select pg_notify(:channel, :unit)")
                .setParameter("channel", CHANNEL).setParameter("unit", model.unitId).getSingleResult();
    }
}
