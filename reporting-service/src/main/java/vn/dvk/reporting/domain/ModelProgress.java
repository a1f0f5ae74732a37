package vn.dvk.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.kit.domain.Level;
import vn.dvk.kit.domain.OrgPath;

/**
 * How far one model has come, as the events tell it. Events of the two producers may arrive in either
 * order, so the row is created by whichever comes first; each producer's per-model sequence makes a
 * redelivered or older event a no-op.
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

    @Column(name = "registry_sequence", nullable = false)
    public long registrySequence;
    @Column(name = "recognition_sequence", nullable = false)
    public long recognitionSequence;

    /** The model's row, created from the event's campaign and path if this is the first event seen. */
    public static ModelProgress of(UUID modelId, String campaignId, OrgPath path) {
        ModelProgress progress = findById(modelId);
        if (progress == null) {
            progress = new ModelProgress();
            progress.modelId = modelId;
            progress.campaignId = campaignId;
            progress.provinceId = path.province().id();
            progress.blocId = path.bloc().id();
            progress.baseId = path.base().id();
            progress.unitId = path.unit().id();
            progress.persist();
        }
        return progress;
    }

    public void submitted(long sequence, OffsetDateTime at) {
        if (sequence > registrySequence) {
            registrySequence = sequence;
            submittedAt = at;
        }
    }

    public void recognized(long sequence, Level level, OffsetDateTime at) {
        if (sequence <= recognitionSequence) {
            return;
        }
        recognitionSequence = sequence;
        switch (level) {
            case BASE -> recognizedBaseAt = at;
            case BLOC -> recognizedBlocAt = at;
            case PROVINCE -> recognizedProvinceAt = at;
        }
    }

    /** Other recognition events (a nomination, say) still advance the sequence, keeping order checks exact. */
    public void otherRecognitionEvent(long sequence) {
        recognitionSequence = Math.max(recognitionSequence, sequence);
    }
}
