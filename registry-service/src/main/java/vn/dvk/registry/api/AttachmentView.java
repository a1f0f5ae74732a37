package vn.dvk.registry.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.registry.domain.Attachment;

/**
 * An attachment's description; its bytes are at {@code …/attachments/{id}/content}.
 *
 * @param mediaType as detected from the content
 * @param sha256 hex SHA-256 of the content (also the download's ETag)
 */
public record AttachmentView(UUID id, UUID modelId, String fileName, String mediaType, long sizeBytes, String sha256,
        String description, String uploadedBy, OffsetDateTime uploadedAt) {

    static AttachmentView of(Attachment attachment) {
        return new AttachmentView(attachment.id, attachment.modelId, attachment.fileName, attachment.mediaType,
                attachment.sizeBytes, attachment.sha256, attachment.description, attachment.uploadedBy,
                attachment.uploadedAt);
    }
}
