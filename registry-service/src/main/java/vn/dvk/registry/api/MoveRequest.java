package vn.dvk.registry.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvk.contracts.vocabulary.Codes;
import vn.dvk.kit.problems.ConstraintMessages;

/** The new parent: of the kind directly above, active, in the same province. */
public record MoveRequest(
        @NotNull @Pattern(regexp = Codes.PATTERN, message = ConstraintMessages.CODE_FORMAT) @Schema(examples = "ag-dukcqdn")
        String parentId) {
}
