package vn.dvk.registry.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvk.contracts.vocabulary.Codes;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.kit.problems.ConstraintMessages;
import vn.dvk.kit.problems.Problem;
import vn.dvk.kit.text.Text;

/**
 * What an admin decides about a campaign: the body of its creation and of every change. The levels it uses are
 * those it has a review window for: the base level always, then the bloc, then the province.
 */
public record CampaignDefinition(
        @NotNull @Pattern(regexp = Codes.PATTERN, message = ConstraintMessages.CODE_FORMAT) @Schema(examples = "dvk-2026")
        String id,
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = MOVEMENT_CODE_MESSAGE)
        @Schema(description = "The movement: DVK, DVK_NEW_RURAL (Dân vận khéo in new rural development), or one the "
                + "province adds", examples = "DVK")
        String movement,
        @NotBlank @Size(max = 300) @Schema(examples = "Dân vận khéo giai đoạn 2026-2030")
        String name,
        @NotNull @Pattern(regexp = Codes.PATTERN, message = ConstraintMessages.CODE_FORMAT)
        @Schema(description = "The organisation that launches it: units at or under it take part", examples = "ag")
        String organisationId,
        @NotNull @Schema(examples = "2026-01-01") LocalDate startsOn,
        @NotNull @Schema(examples = "2030-12-31") LocalDate endsOn,
        @Schema(description = "The last day units may register a model (default: endsOn)", examples = "2030-06-30")
        LocalDate registrationDeadline,
        @NotNull @Size(min = 1, max = 3) List<@Valid @NotNull ReviewWindow> reviewWindows) {

    /** Worded in the catalogue (kit's ConstraintMessages reads the key). */
    static final String MOVEMENT_CODE_MESSAGE = "{vn.dvk.registry.domain.RegistryMessages.MOVEMENT_CODE_FORMAT}";

    /** A campaign runs for one year or several, at most this many. */
    static final int LONGEST_PERIOD_YEARS = 10;

    public CampaignDefinition normalised() {
        return new CampaignDefinition(id, movement, Text.nfc(name), organisationId, startsOn, endsOn,
                registrationDeadline != null ? registrationDeadline : endsOn,
                reviewWindows.stream().sorted(Comparator.comparing(ReviewWindow::level)).toList());
    }

    /** The rules across fields the definition breaks (call on the normalised definition). */
    public List<Problem.Violation> inconsistencies(OrgKind launchedBy) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (endsOn.isBefore(startsOn)) {
            violations.add(new Problem.Violation("endsOn", RegistryMessages.ENDS_BEFORE_STARTS.text()));
        } else if (endsOn.isAfter(startsOn.plusYears(LONGEST_PERIOD_YEARS))) {
            violations.add(new Problem.Violation("endsOn",
                    RegistryMessages.PERIOD_LONGER_THAN.text(LONGEST_PERIOD_YEARS)));
        }
        if (registrationDeadline.isBefore(startsOn) || registrationDeadline.isAfter(endsOn)) {
            violations.add(new Problem.Violation("registrationDeadline", RegistryMessages.OUTSIDE_PERIOD.text()));
        }
        List<Level> levels = reviewWindows.stream().map(ReviewWindow::level).toList();
        if (!levels.equals(List.of(Level.values()).subList(0, Math.min(levels.size(), Level.values().length)))) {
            violations.add(new Problem.Violation("reviewWindows", RegistryMessages.WINDOWS_FROM_BASE_UP.text()));
        } else if (levels.size() > levelsBelow(launchedBy)) {
            violations.add(new Problem.Violation("reviewWindows",
                    RegistryMessages.NO_LEVEL_ABOVE_LAUNCHER.text(launchedBy)));
        }
        for (int i = 0; i < reviewWindows.size(); i++) {
            ReviewWindow window = reviewWindows.get(i);
            if (window.closesOn().isBefore(window.opensOn())) {
                violations.add(new Problem.Violation("reviewWindows[" + i + "].closesOn",
                        RegistryMessages.CLOSES_BEFORE_OPENS.text()));
            } else if (window.opensOn().isBefore(startsOn)) {
                violations.add(new Problem.Violation("reviewWindows[" + i + "].opensOn",
                        RegistryMessages.OPENS_BEFORE_PERIOD.text()));
            }
        }
        return violations;
    }

    /** The levels a campaign of the organisation may use: a province's all three, a bloc's two, a base's one. */
    private static int levelsBelow(OrgKind launchedBy) {
        return switch (launchedBy) {
            case PROVINCE -> 3;
            case BLOC -> 2;
            case BASE -> 1;
            case UNIT -> 0;
        };
    }
}
