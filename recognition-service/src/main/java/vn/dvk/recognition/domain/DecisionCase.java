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
import java.util.Objects;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;

/** A case a decision recognised, and at which level. */
@Entity
@Table(name = "decision_case")
@IdClass(DecisionCase.Key.class)
public class DecisionCase extends PanacheEntityBase {

    @Id
    @Column(name = "decision_id")
    public UUID decisionId;

    @Id
    @Column(name = "model_id")
    public UUID modelId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    static void record(UUID decisionId, UUID modelId, Level level) {
        DecisionCase entry = new DecisionCase();
        entry.decisionId = decisionId;
        entry.modelId = modelId;
        entry.level = level;
        entry.persist();
    }

    /** The composite key: one case of one decision. */
    public static class Key implements Serializable {
        public UUID decisionId;
        public UUID modelId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(decisionId, other.decisionId)
                    && Objects.equals(modelId, other.modelId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(decisionId, modelId);
        }
    }
}
