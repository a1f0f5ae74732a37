package vn.dvk.recognition.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The revocation of a decision ("thu hồi quyết định").
 *
 * @param reason why, e.g. the recognition was obtained by a false declaration
 * @param revokingNumber the number of the decision that revokes it
 */
public record RevocationRequest(@NotBlank @Size(max = 2_000) String reason,
        @NotBlank @Size(max = 64) String revokingNumber) {
}
