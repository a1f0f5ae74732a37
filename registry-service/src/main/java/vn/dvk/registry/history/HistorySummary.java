package vn.dvk.registry.history;

import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvk.contracts.vocabulary.Level;

/**
 * What a history import wrote: the answer to the import, and to the same file sent again.
 *
 * @param recognitions the models recognised, by level
 */
@Schema(description = "What the import recorded")
public record HistorySummary(
        @Schema(examples = "kg-dvk-2021-2023") String importId,
        String provinceId,
        @Schema(description = "SHA-256 of the file's bytes, hex") String digest,
        int campaigns,
        int models,
        int decisions,
        Map<Level, Integer> recognitions,
        int commendations,
        int indicatorMonths,
        String importedBy,
        OffsetDateTime importedAt) {
}
