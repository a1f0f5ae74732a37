package vn.dvk.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.dvk.contracts.vocabulary.OrgPath;

/**
 * The record as one submission handed it over, never changed afterwards: reviewers decide on a known version,
 * and a resubmission after a return can be compared with what was returned.
 */
@Entity
@Table(name = "model_version")
@IdClass(ModelVersion.Key.class)
@Immutable
public class ModelVersion extends PanacheEntityBase {

    @Id
    @Column(name = "model_id")
    public UUID modelId;

    @Id
    public int number;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ModelContent content;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public OrgPath path;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    static ModelVersion freeze(MobilizationModel model, String submittedBy) {
        ModelVersion version = new ModelVersion();
        version.modelId = model.id;
        version.number = model.currentVersion;
        version.content = model.content();
        version.path = model.path;
        version.submittedAt = model.submittedAt;
        version.submittedBy = submittedBy;
        return version;
    }

    public static List<ModelVersion> of(UUID modelId) {
        return list("modelId = ?1 order by number", modelId);
    }

    public static Optional<ModelVersion> of(UUID modelId, int number) {
        return find("modelId = ?1 and number = ?2", modelId, number).firstResultOptional();
    }

    /** The primary key: a model's versions are numbered from 1. */
    public record Key(UUID modelId, int number) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
