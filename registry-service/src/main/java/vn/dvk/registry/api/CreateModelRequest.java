package vn.dvk.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.dvk.kit.domain.Codes;
import vn.dvk.registry.domain.Field;
import vn.dvk.registry.domain.ModelKind;
import vn.dvk.registry.domain.OwnerKind;

/** A new model, drafted for the caller's own unit. */
public record CreateModelRequest(
        @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String campaignId,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 10_000) String summary,
        @NotNull Field field,
        @NotNull ModelKind kind,
        @NotNull OwnerKind ownerKind) {
}
