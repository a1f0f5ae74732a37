package vn.dvk.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What a unit reports it has done with its model on a day of the year, with the attachments that show it. */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "model_id", nullable = false, updatable = false)
    public UUID modelId;

    @Column(name = "reported_on", nullable = false, updatable = false)
    public LocalDate reportedOn;

    @Column(nullable = false, updatable = false)
    public String text;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "attachment_ids", nullable = false, updatable = false)
    public UUID[] attachmentIds = new UUID[0];

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    public static List<ProgressUpdate> ofModel(UUID modelId) {
        return list("modelId = ?1 order by reportedOn, createdAt", modelId);
    }

    /** Whether any update of the model shows the attachment. */
    public static boolean shows(UUID modelId, UUID attachmentId) {
        Number count = (Number) getEntityManager().createNativeQuery(
                        "select count(*) from {h-schema}progress_update where model_id = :model and :attachment = any (attachment_ids)")
                .setParameter("model", modelId).setParameter("attachment", attachmentId).getSingleResult();
        return count.longValue() > 0;
    }
}
