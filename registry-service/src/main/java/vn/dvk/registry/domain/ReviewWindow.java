package vn.dvk.registry.domain;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import vn.dvk.contracts.vocabulary.Level;

/** When the committee of one level reviews the campaign's models (first and last day, province time). */
public record ReviewWindow(@NotNull Level level, @NotNull LocalDate opensOn, @NotNull LocalDate closesOn) {
}
