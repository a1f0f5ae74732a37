package vn.dvk.registry.domain;

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
import java.util.UUID;
import vn.dvk.kit.api.ConflictProblem;
import vn.dvk.kit.domain.Level;

/** A model ("mô hình") or exemplar a unit registers in a campaign, and where its recognition stands. */
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Field field;

    @Column(nullable = false)
    public String title;

    public String summary;

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

    @Version
    public long version;

    public static MobilizationModel draft(String campaignId, String unitId, ModelKind kind, OwnerKind ownerKind,
            Field field, String title, String summary, String createdBy) {
        MobilizationModel model = new MobilizationModel();
        model.id = UUID.randomUUID();
        model.campaignId = campaignId;
        model.unitId = unitId;
        model.kind = kind;
        model.ownerKind = ownerKind;
        model.field = field;
        model.title = title;
        model.summary = summary;
        model.status = ModelStatus.DRAFT;
        model.createdBy = createdBy;
        model.createdAt = now();
        model.updatedAt = model.createdAt;
        return model;
    }

    /** Hands the draft to the base committee; returns the sequence number of the event that reports it. */
    public long submit() {
        if (status != ModelStatus.DRAFT) {
            throw new ConflictProblem("Only a draft can be submitted; the model is " + status);
        }
        status = ModelStatus.SUBMITTED;
        reviewLevel = Level.BASE;
        submittedAt = now();
        updatedAt = submittedAt;
        return ++eventSequence;
    }

    /** Applies what the recognition service reports; the event inbox hands its events over once each, in order. */
    public void applyRecognition(ModelStatus newStatus, Level level) {
        status = newStatus;
        if (newStatus == ModelStatus.RECOGNIZED) {
            recognizedLevel = level;
        }
        reviewLevel = level;
        updatedAt = now();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
