package vn.dvk.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.kit.domain.Level;
import vn.dvk.kit.domain.OrgPath;

/**
 * How far one model has come, as the events tell it. Events of the two producers may arrive in either
 * order, so the row is created by whichever comes first; the event inbox applies each producer's events once
 * and in order.
 */
@Entity
@Table(name = "model_progress")
public class ModelProgress extends PanacheEntityBase {

    @Id
    @Column(name = "model_id")
    public UUID modelId;

    @Column(name = "campaign_id", nullable = false)
    public String campaignId;

    @Column(name = "province_id", nullable = false)
    public String provinceId;
    @Column(name = "bloc_id", nullable = false)
    public String blocId;
    @Column(name = "base_id", nullable = false)
    public String baseId;
    @Column(name = "unit_id", nullable = false)
    public String unitId;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "recognized_base_at")
    public OffsetDateTime recognizedBaseAt;
    @Column(name = "recognized_bloc_at")
    public OffsetDateTime recognizedBlocAt;
    @Column(name = "recognized_province_at")
    public OffsetDateTime recognizedProvinceAt;

    /**
     * The model's row, locked for this transaction, created from the event's campaign and path if this is
     * the first event seen. The two topics are consumed concurrently, so the row is created with an upsert
     * and then locked: neither consumer fails on the other's insert or overwrites the other's columns.
     */
    public static ModelProgress lockOrCreate(UUID modelId, String campaignId, OrgPath path) {
        getEntityManager().createNativeQuery("""
                insert into {h-schema}model_progress (model_id, campaign_id, province_id, bloc_id, base_id, unit_id)
                values (:model, :campaign, :province, :bloc, :base, :unit)
                on conflict (model_id) do nothing""")
                .setParameter("model", modelId)
                .setParameter("campaign", campaignId)
                .setParameter("province", path.province().id())
                .setParameter("bloc", path.bloc().id())
                .setParameter("base", path.base().id())
                .setParameter("unit", path.unit().id())
                .executeUpdate();
        return findById(modelId, LockModeType.PESSIMISTIC_WRITE);
    }

    public void submitted(OffsetDateTime at) {
        submittedAt = at;
    }

    public void recognized(Level level, OffsetDateTime at) {
        switch (level) {
            case BASE -> recognizedBaseAt = at;
            case BLOC -> recognizedBlocAt = at;
            case PROVINCE -> recognizedProvinceAt = at;
        }
    }

    /** The decision recognising the model at {@code level} was revoked: that recognition and any above it no longer count. */
    public void revoked(Level level) {
        if (level.compareTo(Level.PROVINCE) <= 0) {
            recognizedProvinceAt = null;
        }
        if (level.compareTo(Level.BLOC) <= 0) {
            recognizedBlocAt = null;
        }
        if (level == Level.BASE) {
            recognizedBaseAt = null;
        }
    }
}
