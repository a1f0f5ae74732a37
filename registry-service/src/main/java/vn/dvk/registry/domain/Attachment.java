package vn.dvk.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A document or photo attached to a model as evidence; its bytes are in the attachment store. */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "model_id", nullable = false, updatable = false)
    public UUID modelId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    /** As detected from the content, not as the client declared it. */
    @Column(name = "media_type", nullable = false, updatable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    public long sizeBytes;

    /** Hex SHA-256 of the content: its ETag, and what a reader checks a download against. */
    @Column(nullable = false, updatable = false)
    public String sha256;

    @Column(name = "storage_key", nullable = false, updatable = false)
    public String storageKey;

    public String description;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    public OffsetDateTime uploadedAt;

    public static List<Attachment> ofModel(UUID modelId) {
        return list("modelId = ?1 order by uploadedAt, id", modelId);
    }

    public static Optional<Attachment> ofModel(UUID modelId, UUID id) {
        return find("modelId = ?1 and id = ?2", modelId, id).firstResultOptional();
    }
}
