package vn.dvk.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What came of taking a model up, as of a day; a later one replaces it. */
public record ReplicationResult(
        @NotBlank @Size(max = 10_000)
        @Schema(examples = "Áp dụng tại 3 khoa, 92% người bệnh hài lòng sau 6 tháng") String result,
        @NotNull @PastOrPresent @Schema(examples = "2026-12-31") LocalDate resultOn) {
}
