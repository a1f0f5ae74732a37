package vn.dvk.registry.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvk.registry.domain.DocumentIssuer;
import vn.dvk.registry.domain.OrganisationEntry;

/**
 * A new name, and optionally a new code, a corrected valid-from date or new names of the body that issues the
 * organisation's documents (left out: unchanged).
 */
public record RenameRequest(
        @NotBlank @Size(max = 300) @Schema(examples = "Đảng bộ Sở Y tế tỉnh An Giang") String name,
        @Pattern(regexp = OrganisationEntry.CODE_PATTERN, message = OrganisationEntry.CODE_MESSAGE)
        String code,
        LocalDate validFrom,
        @Valid DocumentIssuer issuer) {
}
