package vn.dvk.recognition.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.dvk.recognition.domain.Criterion;

/**
 * The criteria of a campaign's level (weights totalling 100), the pass threshold (75 when absent) and whether a
 * council must vote.
 */
public record LevelRulesRequest(
        @NotEmpty @Size(max = 30) List<@Valid @NotNull Criterion> criteria,
        @Min(1) @Max(100) Integer passThreshold,
        boolean councilRequired) {
}
