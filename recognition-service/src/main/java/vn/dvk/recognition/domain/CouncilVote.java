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
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** A member's vote on a case; voting again replaces it until the case is decided. */
@Entity
@Table(name = "council_vote")
@IdClass(CouncilVote.Key.class)
public class CouncilVote extends PanacheEntityBase {

    /** "tán thành", "không tán thành", "không biểu quyết". */
    public enum Choice {
        FOR, AGAINST, ABSTAIN
    }

    @Id
    @Column(name = "council_id")
    public UUID councilId;

    @Id
    @Column(name = "model_id")
    public UUID modelId;

    /** The voting member's subject. */
    @Id
    public String sub;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Choice vote;

    @Column(name = "voted_at", nullable = false)
    public OffsetDateTime votedAt;

    public static List<CouncilVote> on(UUID councilId, UUID modelId) {
        return list("councilId = ?1 and modelId = ?2 order by sub", councilId, modelId);
    }

    /** The council's votes on many cases in one query, each case's in member order as {@link #on} reads them. */
    static Map<UUID, List<CouncilVote>> onCases(UUID councilId, Collection<UUID> modelIds) {
        if (modelIds.isEmpty()) {
            return Map.of();
        }
        return CouncilVote.<CouncilVote>list("councilId = ?1 and modelId in ?2 order by modelId, sub", councilId,
                modelIds).stream().collect(Collectors.groupingBy(vote -> vote.modelId));
    }

    /** The composite key: one member's vote on one case. */
    public static class Key implements Serializable {
        public UUID councilId;
        public UUID modelId;
        public String sub;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(councilId, other.councilId)
                    && Objects.equals(modelId, other.modelId) && Objects.equals(sub, other.sub);
        }

        @Override
        public int hashCode() {
            return Objects.hash(councilId, modelId, sub);
        }
    }
}
