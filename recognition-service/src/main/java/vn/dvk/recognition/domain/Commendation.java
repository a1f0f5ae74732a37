package vn.dvk.recognition.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.kit.text.Text;

/**
 * A commendation ("khen thưởng") by a decision: a form (giấy khen, bằng khen…) to a collective or an individual,
 * for an achievement, linked to a model or standing alone. One achievement gets one form of commendation at a
 * level: the achievement key (the model, or the recipient and achievement) is unique per level among those awarded.
 */
@Entity
@Table(name = "commendation")
public class Commendation extends PanacheEntityBase {

    public enum RecipientKind {
        COLLECTIVE, INDIVIDUAL
    }

    public enum Status {
        AWARDED, REVOKED
    }

    @Id
    public UUID id;

    @Column(name = "decision_id", nullable = false)
    public UUID decisionId;

    @Column(nullable = false)
    public String form;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false)
    public RecipientKind recipientKind;

    @Column(name = "recipient_name", nullable = false)
    public String recipientName;

    @Column(name = "unit_id", nullable = false)
    public String unitId;

    @Column(name = "model_id")
    public UUID modelId;

    @Column(nullable = false)
    public String achievement;

    /** How the commendation rates the achievement, for a form with grades; null for one without. */
    @Enumerated(EnumType.STRING)
    public CommendationGrade grade;

    /**
     * The body that awards it, as configured for the form at its level when it was awarded (the decision's issuer
     * may be another: the Ban Dân vận records the Ban Thường vụ's bằng khen); null for those awarded before it was.
     */
    @Column(name = "awarding_body")
    public String awardingBody;

    @Column(name = "achievement_key", nullable = false)
    public String achievementKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "awarded_at", nullable = false)
    public OffsetDateTime awardedAt;

    /** A case of the commended model, or else any of the unit's: what gives the unit's organisation path. */
    public ReviewCase anyCase() {
        return modelId != null ? ReviewCase.findById(modelId) : ReviewCase.<ReviewCase>find("unitId", unitId).firstResult();
    }

    /** What makes two commendations the same achievement: the model, or else who and for what. */
    public static String achievementKey(UUID modelId, String unitId, String recipientName, String achievement) {
        if (modelId != null) {
            return "model:" + modelId;
        }
        String key = "unit:" + unitId + "|" + normalised(recipientName) + "|" + normalised(achievement);
        return key.length() > 600 ? key.substring(0, 600) : key;
    }

    public static boolean alreadyAwarded(Level level, String achievementKey) {
        return count("level = ?1 and achievementKey = ?2 and status = ?3", level, achievementKey, Status.AWARDED) > 0;
    }

    private static String normalised(String text) {
        return Text.nfc(text).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
