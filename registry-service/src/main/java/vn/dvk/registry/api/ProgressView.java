package vn.dvk.registry.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.dvk.registry.domain.ProgressUpdate;

/** A progress update of a model. */
public record ProgressView(UUID id, UUID modelId, LocalDate reportedOn, String text, List<UUID> attachmentIds,
        String createdBy, OffsetDateTime createdAt) {

    static ProgressView of(ProgressUpdate update) {
        return new ProgressView(update.id, update.modelId, update.reportedOn, update.text,
                List.of(update.attachmentIds), update.createdBy, update.createdAt);
    }
}
