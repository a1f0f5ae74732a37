package vn.dvk.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;

/** One entry of a unit's feed: what reviewers did with one of its models. Never changed once written. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    /** Increasing: the feed's order, its page cursor and the server-sent event id. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    public String unitId;

    @Column(name = "model_id", nullable = false, updatable = false)
    public UUID modelId;

    /** The title when it happened (a later edit does not rewrite the feed). */
    @Column(name = "model_title", nullable = false, updatable = false)
    public String modelTitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Level level;

    /** Why it was returned or declined. */
    @Column(updatable = false)
    public String reason;

    /** The decision that recognised it, once recognition issues numbered decisions. */
    @Column(name = "decision_number", updatable = false)
    public String decisionNumber;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public OffsetDateTime occurredAt;

    /** A page of the unit's feed, newest first, before the id the previous page ended with (null: the newest). */
    public static List<Notification> newest(String unitId, Long beforeId, int limit) {
        return beforeId == null
                ? find("unitId = ?1 order by id desc", unitId).page(0, limit).list()
                : find("unitId = ?1 and id < ?2 order by id desc", unitId, beforeId).page(0, limit).list();
    }

    /** The unit's notifications after the given id, oldest first: what a stream has not sent yet. */
    public static List<Notification> after(String unitId, long afterId, int limit) {
        return find("unitId = ?1 and id > ?2 order by id", unitId, afterId).page(0, limit).list();
    }

    /** The id of the unit's newest notification, 0 when it has none: the feed's ETag. */
    public static long latestId(String unitId) {
        Long latest = find("select max(id) from Notification where unitId = ?1", unitId).project(Long.class).firstResult();
        return latest == null ? 0 : latest;
    }
}
