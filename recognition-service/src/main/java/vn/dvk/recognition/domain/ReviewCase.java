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
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import vn.dvk.kit.api.ConflictProblem;
import vn.dvk.kit.domain.Level;
import vn.dvk.kit.domain.OrgPath;
import vn.dvk.kit.domain.OrgRef;

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

    /**
     * Opens the case at base level for a newly submitted model, unless it exists: a submission the inbox had
     * not recorded as applied (recorded state lost in a restore, say) must not fail on the case it opened.
     */
    public static void openOnce(UUID modelId, int version, String campaignId, String title, String field, String kind,
            OrgPath path) {
        if (findById(modelId) == null) {
            open(modelId, version, campaignId, title, field, kind, path).persist();
        }
    }

    private static ReviewCase open(UUID modelId, int version, String campaignId, String title, String field,
            String kind, OrgPath path) {
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
        c.level = Level.BASE;
        c.stage = Stage.UNDER_REVIEW;
        c.openedAt = now();
        c.updatedAt = c.openedAt;
        return c;
    }

    /** The cases waiting for the organisation's committee: open at the level where the organisation reviews. */
    public static List<ReviewCase> queueOf(String orgId) {
        return list("""
                ((level = ?2 and baseId = ?1) or (level = ?3 and blocId = ?1) or (level = ?4 and provinceId = ?1))
                and stage in (?5, ?6) and not (level = ?4 and stage = ?6)
                order by updatedAt, modelId""",
                orgId, Level.BASE, Level.BLOC, Level.PROVINCE, Stage.UNDER_REVIEW, Stage.RECOGNIZED);
    }

    public OrgPath path() {
        return new OrgPath(new OrgRef(provinceId, provinceName), new OrgRef(blocId, blocName),
                new OrgRef(baseId, baseName), new OrgRef(unitId, unitName));
    }

    /** The organisation whose committee decides at the case's current level. */
    public String reviewingOrgId() {
        return path().at(level).id();
    }

    /** Applies the committee's action; returns the sequence number of the event that reports it. */
    public long apply(Action action) {
        switch (stage) {
            case WITHDRAWN -> throw new ConflictProblem("The model's unit has withdrawn it; the case is closed");
            case DECLINED -> throw new ConflictProblem("The model was declined at " + level + " level; the case is closed");
            case RETURNED -> throw new ConflictProblem("The model was returned to its unit for revision; it can be "
                    + "decided again once resubmitted");
            default -> {
                // under review or recognised: the action decides
            }
        }
        switch (action) {
            case RECOGNIZE -> {
                if (stage != Stage.UNDER_REVIEW) {
                    throw new ConflictProblem("The model is already recognised at " + level + " level");
                }
                stage = Stage.RECOGNIZED;
                recognizedLevel = level;
            }
            case NOMINATE -> {
                if (stage != Stage.RECOGNIZED) {
                    throw new ConflictProblem("Only a model recognised at " + level + " level can be nominated");
                }
                level = level.next().orElseThrow(
                        () -> new ConflictProblem("Provincial level is the highest; there is no level to nominate to"));
                stage = Stage.UNDER_REVIEW;
            }
            case RETURN, DECLINE -> {
                if (stage != Stage.UNDER_REVIEW) {
                    throw new ConflictProblem("Only a model under review can be " + (action == Action.RETURN
                            ? "returned" : "declined") + "; it is already recognised at " + level + " level");
                }
                stage = action == Action.RETURN ? Stage.RETURNED : Stage.DECLINED;
            }
        }
        updatedAt = now();
        return ++eventSequence;
    }

    /**
     * The unit resubmitted a model returned to it: the case is under review again, at the level that returned it,
     * on the new version. A resubmission of a case not returned (replayed, say) changes nothing.
     */
    public static void resume(UUID modelId, int version) {
        ReviewCase.<ReviewCase>findByIdOptional(modelId).filter(c -> c.stage == Stage.RETURNED).ifPresent(c -> {
            c.stage = Stage.UNDER_REVIEW;
            c.modelVersion = version;
            c.updatedAt = now();
        });
    }

    /** The unit took its model back: the case leaves every queue. A model withdrawn as a draft has no case. */
    public static void withdraw(UUID modelId) {
        ReviewCase.<ReviewCase>findByIdOptional(modelId).ifPresent(c -> {
            c.stage = Stage.WITHDRAWN;
            c.updatedAt = now();
        });
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
