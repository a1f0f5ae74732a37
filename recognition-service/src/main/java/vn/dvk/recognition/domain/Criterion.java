package vn.dvk.recognition.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * One criterion of a level's scoring: scored from 0 to {@code maxPoints}, counting for {@code weight} of the 100
 * points of the total.
 */
public record Criterion(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String code,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 2_000) String description,
        @Positive @Max(1_000) int maxPoints,
        @Positive @Max(100) int weight) {
}
