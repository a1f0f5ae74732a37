package vn.dvk.recognition.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.dvk.recognition.domain.Action;

/**
 * A committee's action on a case.
 *
 * @param reason why the model is returned or declined (required for RETURN and DECLINE): its unit reads it
 * @param comment an optional note for the record
 */
public record ActionRequest(@NotNull Action action, @Size(max = 2_000) String reason, @Size(max = 2_000) String comment) {

    /** Whether a reason the action needs is missing. */
    boolean lacksReason() {
        return Action.NEED_A_REASON.contains(action) && (reason == null || reason.isBlank());
    }
}
