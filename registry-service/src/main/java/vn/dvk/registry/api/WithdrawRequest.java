package vn.dvk.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the unit takes its model back; kept on the model and in the event. */
public record WithdrawRequest(@NotBlank @Size(max = 2_000) String reason) {
}
