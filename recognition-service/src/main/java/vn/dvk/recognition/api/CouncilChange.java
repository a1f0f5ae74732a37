package vn.dvk.recognition.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A council's new name, quorum and membership, replacing the old; its campaign, level and committee stay.
 *
 * @param members a member who has voted stays, from the same organisation
 */
public record CouncilChange(
        @NotBlank @Size(max = 300) String name,
        @Positive int quorum,
        @NotEmpty @Size(max = 50) List<CouncilRequest.@Valid @NotNull Member> members) {
}
