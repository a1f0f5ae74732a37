package vn.dvk.recognition.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.kit.problems.InvalidRequestProblem;

/**
 * How a campaign's committees judge at one level: the criteria (weights totalling 100), the pass threshold on the
 * weighted total, and whether a council must vote. A level without rules recognises on the committee's word.
 */
@Entity
@Table(name = "level_rules")
@IdClass(CampaignLevelKey.class)
public class LevelRules extends PanacheEntityBase {

    public static final int DEFAULT_PASS_THRESHOLD = 75;
    public static final int TOTAL_WEIGHT = 100;

    @Id
    @Column(name = "campaign_id")
    public String campaignId;

    @Id
    @Enumerated(EnumType.STRING)
    public Level level;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Criterion> criteria;

    @Column(name = "pass_threshold", nullable = false)
    public int passThreshold;

    @Column(name = "council_required", nullable = false)
    public boolean councilRequired;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public static Optional<LevelRules> of(String campaignId, Level level) {
        return findByIdOptional(new CampaignLevelKey(campaignId, level));
    }

    /** Refuses criteria whose weights do not total 100 or whose codes repeat (400, naming the field). */
    public static void check(List<Criterion> criteria) {
        if (criteria.stream().mapToInt(Criterion::weight).sum() != TOTAL_WEIGHT) {
            throw InvalidRequestProblem.ofField("criteria", RecognitionMessages.WEIGHTS_TOTAL.text(TOTAL_WEIGHT));
        }
        if (criteria.stream().map(Criterion::code).distinct().count() != criteria.size()) {
            throw InvalidRequestProblem.ofField("criteria", RecognitionMessages.CRITERION_CODES_UNIQUE.text());
        }
    }

    /**
     * The weighted total, out of 100, of one scorer's points: every criterion scored, none above its maximum
     * (400 naming the criterion otherwise).
     */
    public BigDecimal total(Map<String, Integer> points) {
        var unknown = new HashSet<>(points.keySet());
        BigDecimal total = BigDecimal.ZERO;
        for (Criterion criterion : criteria) {
            unknown.remove(criterion.code());
            Integer given = points.get(criterion.code());
            if (given == null || given < 0 || given > criterion.maxPoints()) {
                throw InvalidRequestProblem.ofField("points." + criterion.code(),
                        RecognitionMessages.SCORE_FROM_ZERO_TO.text(criterion.maxPoints()));
            }
            total = total.add(BigDecimal.valueOf((long) given * criterion.weight())
                    .divide(BigDecimal.valueOf(criterion.maxPoints()), 4, RoundingMode.HALF_UP));
        }
        if (!unknown.isEmpty()) {
            throw InvalidRequestProblem.ofField("points." + unknown.iterator().next(),
                    RecognitionMessages.NOT_A_CRITERION.text());
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }
}
