package vn.dvk.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.kit.problems.ConflictProblem;
import vn.dvk.kit.problems.Problem;

/**
 * A model ("mô hình") or exemplar a unit registers in a campaign, and where its recognition stands. Every change
 * the registry makes is reported by an event whose per-model {@link #eventSequence} it returns.
 */
@Entity
@Table(name = "mobilization_model")
public class MobilizationModel extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "campaign_id", nullable = false)
    public String campaignId;

    @Column(name = "unit_id", nullable = false)
    public String unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ModelKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false)
    public OwnerKind ownerKind;

    @Column(name = "owner_name")
    public String ownerName;

    @Column(name = "owner_position")
    public String ownerPosition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Field field;

    @Column(nullable = false)
    public String title;

    public String summary;
    public String goals;
    public String implementation;
    public String results;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "assigned_task")
    public String assignedTask;

    @Column(name = "replicates_model_id")
    public UUID replicatesModelId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] tags = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ModelStatus status;

    /** The level whose committee has the model in hand, once submitted. */
    @Enumerated(EnumType.STRING)
    @Column(name = "review_level")
    public Level reviewLevel;

    /** The highest level that has recognised the model. */
    @Enumerated(EnumType.STRING)
    @Column(name = "recognized_level")
    public Level recognizedLevel;

    /** The organisations above the unit; frozen by the first submission (a later move rewrites no history). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public OrgPath path;

    /** The ids of {@link #path}, for "anywhere under this organisation" filters. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "path_ids", nullable = false)
    public String[] pathIds;

    @Column(name = "unit_name", nullable = false)
    public String unitName;

    /** The number of the last version a submission froze; 0 before the first. */
    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(name = "returned_at")
    public OffsetDateTime returnedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "returned_level")
    public Level returnedLevel;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(name = "event_sequence", nullable = false)
    public long eventSequence;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Counts every change: the model's ETag. */
    @Version
    public long version;

    /** A new draft of the unit, drafted {@code at}; returns it with the sequence of its first event (1). */
    public static MobilizationModel draft(Organisation unit, ModelContent content, String createdBy,
            OffsetDateTime at) {
        MobilizationModel model = new MobilizationModel();
        model.id = UUID.randomUUID();
        model.campaignId = content.campaignId();
        model.unitId = unit.id;
        model.placeUnder(unit.path());
        model.write(content);
        model.status = ModelStatus.DRAFT;
        model.createdBy = createdBy;
        model.createdAt = at;
        model.updatedAt = model.createdAt;
        model.eventSequence = 1;
        return model;
    }

    /** The content as it stands: what an edit replaces and a submission freezes. */
    public ModelContent content() {
        return new ModelContent(campaignId, kind, field, ownerKind, ownerName, ownerPosition, title, summary, goals,
                implementation, results, startedOn, assignedTask, replicatesModelId, List.of(tags));
    }

    public boolean isEditable() {
        return ModelStatus.EDITABLE.contains(status);
    }

    /** Replaces the content {@code at}; returns the sequence of the event that reports it. */
    public long edit(ModelContent content, OffsetDateTime at) {
        if (!isEditable()) {
            throw new ConflictProblem(RegistryMessages.MODEL_NOT_EDITABLE.text(status));
        }
        if (!content.campaignId().equals(campaignId)) {
            throw new ConflictProblem(RegistryMessages.MODEL_STAYS_IN_ITS_CAMPAIGN.text(campaignId));
        }
        write(content);
        return touch(at);
    }

    /**
     * Hands the model to recognition: the first time from a draft, again after a return (to the level that
     * returned it). Freezes the next version; returns it, with the model's sequence advanced.
     *
     * @param unitPath the unit's place in the tree as it stands now; read for a first submission only
     * @param at when it is submitted
     */
    public ModelVersion submit(Supplier<OrgPath> unitPath, String submittedBy, OffsetDateTime at) {
        if (!isEditable()) {
            throw new ConflictProblem(RegistryMessages.MODEL_NOT_SUBMITTABLE.text(status));
        }
        List<Problem.Violation> missing = content().submissionViolations();
        if (!missing.isEmpty()) {
            throw new SubmissionIncompleteProblem(missing);
        }
        if (status == ModelStatus.DRAFT) {
            placeUnder(unitPath.get()); // as the tree stands at the first submission, then never again
            reviewLevel = Level.BASE;
        } else {
            reviewLevel = returnedLevel;
        }
        status = ModelStatus.SUBMITTED;
        submittedAt = at;
        currentVersion++;
        touch(at);
        return ModelVersion.freeze(this, submittedBy);
    }

    /** Whether a committee's recognition stands: what another unit may take up (nhân rộng). */
    public boolean isRecognised() {
        return recognizedLevel != null && status != ModelStatus.WITHDRAWN;
    }

    /** The organisation whose committee recognised the model at its highest standing level; empty if none. */
    public Optional<String> recognisingOrganisationId() {
        return isRecognised() ? Optional.of(path.at(recognizedLevel).id()) : Optional.empty();
    }

    /**
     * The model took up a recognised model, or recorded what came of it, {@code at}: reported by an event of this
     * model, so it returns the event's sequence.
     */
    public long replicationChanged(OffsetDateTime at) {
        return touch(at);
    }

    /**
     * A history import recorded what became of the model (the decisions that recognised or commended it) {@code at};
     * returns the sequence of the event that reports it.
     */
    public long historyRecorded(OffsetDateTime at) {
        return touch(at);
    }

    public boolean isResubmission() {
        return currentVersion > 1;
    }

    /** The unit takes the model back {@code at}; returns the sequence of the event that reports it. */
    public long withdraw(String reason, OffsetDateTime at) {
        if (!ModelStatus.WITHDRAWABLE.contains(status)) {
            throw new ConflictProblem(RegistryMessages.MODEL_NOT_WITHDRAWABLE.text(status));
        }
        status = ModelStatus.WITHDRAWN;
        withdrawnAt = at;
        withdrawalReason = reason;
        reviewLevel = null;
        return touch(at);
    }

    /**
     * Applies a decision the recognition service reports, received {@code at}; its inbox hands the events over
     * once each, in order.
     */
    public void applyRecognition(ModelStatus newStatus, Level level, OffsetDateTime at) {
        if (status == ModelStatus.WITHDRAWN) {
            return; // the unit took it back; a decision crossing that on the way changes nothing here
        }
        status = newStatus;
        if (newStatus == ModelStatus.RECOGNIZED) {
            recognizedLevel = level;
        }
        reviewLevel = newStatus == ModelStatus.DECLINED ? null : level;
        updatedAt = at;
    }

    /**
     * The decision recognising the model at some level was revoked: that recognition and any above it no longer
     * stand; {@code standing} is the highest that does (null when none does). Final, like a decline.
     */
    public void applyRevocation(Level standing, OffsetDateTime at) {
        if (status == ModelStatus.WITHDRAWN) {
            return;
        }
        status = ModelStatus.REVOKED;
        recognizedLevel = standing;
        reviewLevel = null;
        updatedAt = at;
    }

    /** The reviewers at {@code level} sent the model back for revision, with their reason. */
    public void applyReturn(Level level, String reason, OffsetDateTime at) {
        if (status == ModelStatus.WITHDRAWN) {
            return;
        }
        status = ModelStatus.RETURNED;
        returnedLevel = level;
        returnReason = reason;
        returnedAt = at;
        reviewLevel = null;
        updatedAt = returnedAt;
    }

    private void write(ModelContent content) {
        kind = content.kind();
        field = content.field();
        ownerKind = content.ownerKind();
        ownerName = content.ownerName();
        ownerPosition = content.ownerPosition();
        title = content.title();
        summary = content.summary();
        goals = content.goals();
        implementation = content.implementation();
        results = content.results();
        startedOn = content.startedOn();
        assignedTask = content.assignedTask();
        replicatesModelId = content.replicatesModelId();
        tags = content.tags() == null ? new String[0] : content.tags().toArray(String[]::new);
    }

    private void placeUnder(OrgPath orgPath) {
        path = orgPath;
        pathIds = Stream.of(orgPath.province(), orgPath.bloc(), orgPath.base(), orgPath.unit())
                .map(org -> org.id()).distinct().toArray(String[]::new);
        unitName = orgPath.unit().name();
    }

    private long touch(OffsetDateTime at) {
        updatedAt = at;
        return ++eventSequence;
    }
}
