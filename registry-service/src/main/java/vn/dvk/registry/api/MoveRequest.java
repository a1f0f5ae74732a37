package vn.dvk.registry.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvk.contracts.vocabulary.Codes;

/** The new parent: of the kind directly above, active, in the same province. */
public record MoveRequest(
        @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) @Schema(examples = "ag-dukcqdn")
        String parentId) {
}
