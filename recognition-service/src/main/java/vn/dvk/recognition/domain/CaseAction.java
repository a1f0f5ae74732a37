package vn.dvk.recognition.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;

/** One decision taken on a case: kept for audit and for whatever a later revocation must undo. */
@Entity
@Table(name = "case_action")
public class CaseAction extends PanacheEntityBase {

    /**
     * Drawn from the column's sequence 50 at a time (V16 steps it by 50): unlike an identity, which the database
     * assigns on insert, this lets the entries of a decision over hundreds of cases go in JDBC batches.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_action_id")
    @SequenceGenerator(name = "case_action_id", sequenceName = "case_action_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "model_id", nullable = false)
    public UUID modelId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_org_id", nullable = false)
    public String actorOrgId;

    /** Why the committee returned or declined the model: what its unit reads. */
    public String reason;

    @Column(name = "model_version", nullable = false)
    public int modelVersion;

    public String comment;

    @Column(name = "acted_at", nullable = false)
    public OffsetDateTime actedAt;

    /** The numbered decision the action was taken by, if any. */
    @Column(name = "decision_id")
    public UUID decisionId;
}
