package vn.dvk.recognition.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;

/** A case's record at one level it has reached: status, who acted, when, why, on which version, by which decision. */
@Entity
@Table(name = "case_level")
@IdClass(CaseLevel.Key.class)
public class CaseLevel extends PanacheEntityBase {

    @Id
    @Column(name = "model_id")
    public UUID modelId;

    @Id
    @Enumerated(EnumType.STRING)
    public Level level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stage status;

    @Column(name = "reviewing_org_id", nullable = false)
    public String reviewingOrgId;

    @Column(name = "arrived_at", nullable = false)
    public OffsetDateTime arrivedAt;

    @Column(name = "acted_by")
    public String actedBy;

    @Column(name = "acted_at")
    public OffsetDateTime actedAt;

    public String reason;

    @Column(name = "model_version", nullable = false)
    public int modelVersion;

    @Column(name = "decision_id")
    public UUID decisionId;

    static CaseLevel arrive(ReviewCase reviewCase) {
        CaseLevel entry = new CaseLevel();
        entry.modelId = reviewCase.modelId;
        entry.level = reviewCase.level;
        entry.status = Stage.UNDER_REVIEW;
        entry.reviewingOrgId = reviewCase.reviewingOrgId();
        entry.arrivedAt = reviewCase.arrivedAt;
        entry.modelVersion = reviewCase.modelVersion;
        entry.persist();
        return entry;
    }

    public static CaseLevel at(UUID modelId, Level level) {
        return findById(new Key(modelId, level));
    }

    /**
     * Reads the records of many cases at one level in one query into the persistence context, where {@link #at}
     * then finds each one without a query of its own: a decision over hundreds of cases updates them all.
     */
    static void load(Collection<UUID> modelIds, Level level) {
        if (!modelIds.isEmpty()) {
            list("modelId in ?1 and level = ?2", modelIds, level);
        }
    }

    public static List<CaseLevel> of(UUID modelId) {
        return list("modelId = ?1 order by level", modelId);
    }

    void record(Stage status, String actor, OffsetDateTime at, String reason, UUID decisionId) {
        this.status = status;
        this.actedBy = actor;
        this.actedAt = at;
        this.reason = reason;
        this.decisionId = decisionId;
    }

    /** The composite key: a model's case at one level. */
    public static class Key implements Serializable {
        public UUID modelId;
        public Level level;

        public Key() {
        }

        Key(UUID modelId, Level level) {
            this.modelId = modelId;
            this.level = level;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(modelId, other.modelId) && level == other.level;
        }

        @Override
        public int hashCode() {
            return Objects.hash(modelId, level);
        }
    }
}
