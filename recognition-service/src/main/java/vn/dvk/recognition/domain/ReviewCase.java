package vn.dvk.recognition.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.contracts.vocabulary.OrgRef;
import vn.dvk.kit.problems.BilingualText;
import vn.dvk.kit.problems.ConflictProblem;

/**
 * A model's way up the recognition levels. At each level the committee of the path's organisation at that
 * level recognises it; a model recognised below the province may then be nominated to the next level.
 */
@Entity
@Table(name = "review_case")
public class ReviewCase extends PanacheEntityBase {

    @Id
    @Column(name = "model_id")
    public UUID modelId;

    @Column(name = "campaign_id", nullable = false)
    public String campaignId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String field;

    @Column(nullable = false)
    public String kind;

    @Column(name = "province_id", nullable = false)
    public String provinceId;
    @Column(name = "province_name", nullable = false)
    public String provinceName;
    @Column(name = "bloc_id", nullable = false)
    public String blocId;
    @Column(name = "bloc_name", nullable = false)
    public String blocName;
    @Column(name = "base_id", nullable = false)
    public String baseId;
    @Column(name = "base_name", nullable = false)
    public String baseName;
    @Column(name = "unit_id", nullable = false)
    public String unitId;
    @Column(name = "unit_name", nullable = false)
    public String unitName;
    /** The person an individual's model or exemplar is of, as last submitted; null for a collective. */
    @Column(name = "owner_name")
    public String ownerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "recognized_level")
    public Level recognizedLevel;

    @Column(name = "event_sequence", nullable = false)
    public long eventSequence;

    /** The version of the model the committee decides on: the one its latest submission froze. */
    @Column(name = "model_version", nullable = false)
    public int modelVersion;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    /** The history import that recorded the case of a past cycle; null for a live one. Such a case is in no queue. */
    @Column(name = "history_import_id")
    public String historyImportId;

    /** When the case reached its current level: what a queue's waiting time counts from. */
    @Column(name = "arrived_at", nullable = false)
    public OffsetDateTime arrivedAt;

    /** A new case at base level for a newly submitted model, opened {@code at}, with its record at that level. */
    static ReviewCase open(UUID modelId, int version, String campaignId, String title, String field, String kind,
            OrgPath path, String ownerName, OffsetDateTime at) {
        ReviewCase c = new ReviewCase();
        c.modelId = modelId;
        c.modelVersion = version;
        c.campaignId = campaignId;
        c.title = title;
        c.field = field;
        c.kind = kind;
        c.provinceId = path.province().id();
        c.provinceName = path.province().name();
        c.blocId = path.bloc().id();
        c.blocName = path.bloc().name();
        c.baseId = path.base().id();
        c.baseName = path.base().name();
        c.unitId = path.unit().id();
        c.unitName = path.unit().name();
        c.ownerName = ownerName;
        c.level = Level.BASE;
        c.stage = Stage.UNDER_REVIEW;
        c.openedAt = at;
        c.updatedAt = c.openedAt;
        c.arrivedAt = c.openedAt;
        c.persist();
        CaseLevel.arrive(c);
        return c;
    }

    public OrgPath path() {
        return new OrgPath(new OrgRef(provinceId, provinceName), new OrgRef(blocId, blocName),
                new OrgRef(baseId, baseName), new OrgRef(unitId, unitName));
    }

    /** The organisation whose committee decides at the case's current level. */
    public String reviewingOrgId() {
        return path().at(level).id();
    }

    /**
     * Whether the model belongs to the organisation below the level judging it now: its unit's, or that of a
     * committee below which has judged and nominated it already. A council member from such an organisation
     * would judge their own; the committee judging now is not one of them.
     */
    public boolean belongsBelowItsLevelTo(String orgId) {
        if (orgId.equals(reviewingOrgId())) {
            return false;
        }
        return orgId.equals(unitId) || Arrays.stream(Level.values())
                .filter(below -> below.compareTo(level) < 0).anyMatch(below -> path().at(below).id().equals(orgId));
    }

    /** Why the case cannot take the action now, if it cannot (a 409 with the case attached). */
    void checkOpen() {
        switch (stage) {
            case WITHDRAWN -> throw refused(RecognitionMessages.CASE_WITHDRAWN);
            case DECLINED -> throw refused(RecognitionMessages.CASE_DECLINED, levelName());
            case REVOKED -> throw refused(RecognitionMessages.CASE_REVOKED, levelName());
            case RETURNED -> throw refused(RecognitionMessages.CASE_RETURNED);
            default -> {
                // under review or recognised: the action decides
            }
        }
    }

    /**
     * Applies the committee's action at the case's level and records it there; returns the sequence number of the
     * event that reports it. A recognition here comes with the decision that made it, if any.
     */
    long apply(Action action, String actor, String reason, UUID decisionId, OffsetDateTime at) {
        return apply(action, actor, reason, decisionId, at, () -> Campaign.levelsOf(campaignId));
    }

    /** The same, on the levels given: a past cycle's, which a history import names. */
    long apply(Action action, String actor, String reason, UUID decisionId, OffsetDateTime at,
            Supplier<Set<Level>> campaignLevels) {
        Step step = step(action, campaignLevels);
        CaseLevel here = CaseLevel.at(modelId, level);
        switch (action) {
            case RECOGNIZE -> {
                stage = step.stage();
                recognizedLevel = level;
                here.record(Stage.RECOGNIZED, actor, at, null, decisionId);
            }
            case NOMINATE -> {
                here.status = Stage.NOMINATED;
                here.actedBy = actor;
                here.actedAt = at;
                level = step.level();
                stage = step.stage();
                arrivedAt = at;
                CaseLevel.arrive(this);
            }
            case RETURN, DECLINE -> {
                stage = step.stage();
                here.record(stage, actor, at, reason, null);
            }
        }
        updatedAt = at;
        return ++eventSequence;
    }

    /** Where an action takes a case: its stage and the level it then stands at. */
    record Step(Stage stage, Level level) {
    }

    /**
     * Where the committee's action takes the case, by the rules of its stage and level alone; refused (a 409) when
     * they do not allow it. {@link #apply} records what this decides; kept apart so that the rules read (and are
     * tested) without a database.
     *
     * @param campaignLevels the levels the case's campaign reviews at; read only to nominate
     */
    Step step(Action action, Supplier<Set<Level>> campaignLevels) {
        checkOpen();
        return switch (action) {
            case RECOGNIZE -> {
                if (stage != Stage.UNDER_REVIEW) {
                    throw refused(RecognitionMessages.ALREADY_RECOGNISED, levelName());
                }
                yield new Step(Stage.RECOGNIZED, level);
            }
            case NOMINATE -> {
                if (stage != Stage.RECOGNIZED) {
                    throw refused(RecognitionMessages.NOMINATE_ONLY_RECOGNISED, levelName());
                }
                Level next = nextLevel(campaignLevels.get()).orElseThrow(() -> level == Level.PROVINCE
                        ? refused(RecognitionMessages.NO_LEVEL_ABOVE_PROVINCE)
                        : refused(RecognitionMessages.CAMPAIGN_ENDS_AT_LEVEL, campaignId, levelName()));
                yield new Step(Stage.UNDER_REVIEW, next);
            }
            case RETURN, DECLINE -> {
                if (stage != Stage.UNDER_REVIEW) {
                    throw refused(action == Action.RETURN
                            ? RecognitionMessages.RETURN_ONLY_UNDER_REVIEW
                            : RecognitionMessages.DECLINE_ONLY_UNDER_REVIEW, levelName());
                }
                yield new Step(action == Action.RETURN ? Stage.RETURNED : Stage.DECLINED, level);
            }
        };
    }

    /** The level above this one that the campaign uses, if any. */
    public Optional<Level> nextLevel() {
        return nextLevel(Campaign.levelsOf(campaignId));
    }

    private Optional<Level> nextLevel(Set<Level> campaignLevels) {
        return level.next().filter(campaignLevels::contains);
    }

    /**
     * The decision recognising the model at {@code revokedLevel} was revoked: that recognition and any above it are
     * undone, and the case is closed there. Returns the sequence number of the event that reports it.
     */
    long revoke(Level revokedLevel, String actor, String reason, OffsetDateTime at) {
        for (CaseLevel entry : CaseLevel.of(modelId)) {
            if (entry.level.compareTo(revokedLevel) >= 0) {
                entry.record(Stage.REVOKED, actor, at, reason, entry.decisionId);
            }
        }
        level = revokedLevel;
        stage = Stage.REVOKED;
        recognizedLevel = revokedLevel.previous().orElse(null);
        updatedAt = at;
        return ++eventSequence;
    }

    private static ConflictProblem refused(RecognitionMessages why, Object... arguments) {
        return new ConflictProblem(why.text(arguments));
    }

    /** The case's level as each language names it in a text: "cơ sở" in Vietnamese, "BASE" in English. */
    private BilingualText levelName() {
        return RecognitionMessages.levelName(level);
    }

    /** Gives the next event of the model its sequence number. */
    long nextSequence() {
        return ++eventSequence;
    }

    /**
     * The unit resubmitted a model returned to it: the case is under review again, at the level that returned it,
     * on the new version. A resubmission of a case not returned (replayed, say) changes nothing.
     */
    public static void resume(UUID modelId, int version, String ownerName, OffsetDateTime at) {
        ReviewCase.<ReviewCase>findByIdOptional(modelId).filter(c -> c.stage == Stage.RETURNED).ifPresent(c -> {
            c.stage = Stage.UNDER_REVIEW;
            c.modelVersion = version;
            c.ownerName = ownerName; // the revision may correct the name
            c.updatedAt = at;
            CaseLevel here = CaseLevel.at(c.modelId, c.level);
            here.status = Stage.UNDER_REVIEW;
            here.modelVersion = version;
        });
    }

    /** The unit took its model back: the case leaves every queue. A model withdrawn as a draft has no case. */
    public static void withdraw(UUID modelId, OffsetDateTime at) {
        ReviewCase.<ReviewCase>findByIdOptional(modelId).ifPresent(c -> {
            c.stage = Stage.WITHDRAWN;
            c.updatedAt = at;
            CaseLevel.at(c.modelId, c.level).status = Stage.WITHDRAWN;
        });
    }
}
