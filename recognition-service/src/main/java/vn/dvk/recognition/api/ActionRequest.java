package vn.dvk.recognition.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.dvk.recognition.domain.Action;

/** A committee's action on a case, with an optional comment for the record. */
public record ActionRequest(@NotNull Action action, @Size(max = 2_000) String comment) {
}
