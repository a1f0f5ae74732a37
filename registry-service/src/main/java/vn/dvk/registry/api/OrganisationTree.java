package vn.dvk.registry.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvk.registry.domain.OrganisationEntry;

/** A province's tree as exported, and as imported: every organisation, parents before children. */
public record OrganisationTree(
        @Schema(description = "The province exported; ignored on import")
        String provinceId,
        @NotNull @Size(max = 10_000) List<@Valid @NotNull OrganisationEntry> organisations) {
}
