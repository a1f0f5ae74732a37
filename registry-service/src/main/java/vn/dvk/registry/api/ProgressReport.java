package vn.dvk.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A progress update as a unit sends it. */
public record ProgressReport(
        @NotNull @PastOrPresent @Schema(examples = "2026-06-30") LocalDate reportedOn,
        @NotBlank @Size(max = 10_000) @Schema(examples = "Đã tổ chức 12 buổi đối thoại, giải quyết 40/42 ý kiến của người bệnh")
        String text,
        @Size(max = 20) @Schema(description = "Attachments of the model that show it (upload them first)")
        List<@NotNull UUID> attachmentIds) {

    List<UUID> attachments() {
        return attachmentIds == null ? List.of() : attachmentIds;
    }
}
