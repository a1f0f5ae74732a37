package vn.dvk.recognition.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.dvk.kit.domain.Level;

/**
 * A council of the caller's committee for a campaign's level.
 *
 * @param quorum how many members not recused must vote for the vote to count
 */
public record CouncilRequest(
        @NotBlank @Size(max = 64) String campaignId,
        @NotNull Level level,
        @NotBlank @Size(max = 300) String name,
        @Positive int quorum,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Member> members) {

    /**
     * A named member.
     *
     * @param username the member's login, as their access token names them
     * @param unitId the unit the member comes from: they are recused from its models
     */
    public record Member(@NotBlank @Size(max = 200) String username, @NotBlank @Size(max = 200) String fullName,
            @Size(max = 200) String title, @NotBlank @Size(max = 64) String unitId) {
    }
}
