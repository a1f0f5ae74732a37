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
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.dvk.contracts.vocabulary.Level;

/** One scorer's points for a case at a level; scoring again replaces them. */
@Entity
@Table(name = "scorecard")
@IdClass(Scorecard.Key.class)
public class Scorecard extends PanacheEntityBase {

    @Id
    @Column(name = "model_id")
    public UUID modelId;

    @Id
    @Enumerated(EnumType.STRING)
    public Level level;

    /** The scorer's subject ({@code sub}): a username could change hands. */
    @Id
    public String scorer;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Integer> points;

    @Column(nullable = false)
    public BigDecimal total;

    @Column(name = "scored_at", nullable = false)
    public OffsetDateTime scoredAt;

    public static List<Scorecard> of(UUID modelId, Level level) {
        return list("modelId = ?1 and level = ?2 order by scorer", modelId, level);
    }

    /**
     * The scorecards of many cases at one level in one query, each case's in scorer order as {@link #of} reads
     * them: a decision over hundreds of cases judges them all without a round trip per case.
     */
    static Map<UUID, List<Scorecard>> ofCases(Collection<UUID> modelIds, Level level) {
        if (modelIds.isEmpty()) {
            return Map.of();
        }
        return Scorecard.<Scorecard>list("modelId in ?1 and level = ?2 order by modelId, scorer", modelIds, level)
                .stream().collect(Collectors.groupingBy(card -> card.modelId));
    }

    static Scorecard find(UUID modelId, Level level, String scorer) {
        Key key = new Key();
        key.modelId = modelId;
        key.level = level;
        key.scorer = scorer;
        return findById(key);
    }

    /** The composite key: one scorer at one level of a case. */
    public static class Key implements Serializable {
        public UUID modelId;
        public Level level;
        public String scorer;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(modelId, other.modelId) && level == other.level
                    && Objects.equals(scorer, other.scorer);
        }

        @Override
        public int hashCode() {
            return Objects.hash(modelId, level, scorer);
        }
    }
}
