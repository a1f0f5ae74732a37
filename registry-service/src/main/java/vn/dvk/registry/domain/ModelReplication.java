package vn.dvk.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A unit's model taking up (nhân rộng) a recognised model of another unit: from which day, and what came of it.
 * The unit records the result later, as it becomes known.
 */
@Entity
@Table(name = "model_replication")
public class ModelReplication extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The taking unit's model. */
    @Column(name = "model_id", nullable = false)
    public UUID modelId;

    /** The recognised model it takes up. */
    @Column(name = "source_model_id", nullable = false)
    public UUID sourceModelId;

    @Column(name = "taken_up_on", nullable = false)
    public LocalDate takenUpOn;

    public String result;

    @Column(name = "result_on")
    public LocalDate resultOn;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Counts every change: the link's ETag. */
    @Version
    public long version;

    static ModelReplication link(MobilizationModel model, MobilizationModel source, LocalDate takenUpOn,
            String registeredBy, OffsetDateTime at) {
        ModelReplication link = new ModelReplication();
        link.id = UUID.randomUUID();
        link.modelId = model.id;
        link.sourceModelId = source.id;
        link.takenUpOn = takenUpOn;
        link.registeredBy = registeredBy;
        link.registeredAt = at;
        link.updatedAt = at;
        return link;
    }

    public static Optional<ModelReplication> of(UUID modelId, UUID sourceModelId) {
        return find("modelId = ?1 and sourceModelId = ?2", modelId, sourceModelId).firstResultOptional();
    }

    /** The models a model takes up, the earliest first. */
    public static List<ModelReplication> byModel(UUID modelId) {
        return list("modelId = ?1 order by takenUpOn, registeredAt", modelId);
    }

    /** Who took up a model, the earliest first. */
    public static List<ModelReplication> ofSource(UUID sourceModelId) {
        return list("sourceModelId = ?1 order by takenUpOn, registeredAt", sourceModelId);
    }

    void recordResult(String text, LocalDate on, OffsetDateTime at) {
        result = text;
        resultOn = on;
        updatedAt = at;
    }
}
