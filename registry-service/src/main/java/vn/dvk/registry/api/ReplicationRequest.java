package vn.dvk.registry.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit's model takes up a recognised model of another unit, from a day. */
public record ReplicationRequest(
        @NotNull @Schema(description = "The recognised model of another unit taken up") UUID sourceModelId,
        @NotNull @PastOrPresent @Schema(examples = "2026-07-01") LocalDate takenUpOn) {
}
