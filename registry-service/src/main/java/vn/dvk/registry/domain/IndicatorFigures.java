package vn.dvk.registry.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.dvk.kit.problems.Problem;

/**
 * What an organisation did in a month for the people: directive documents it issued, dialogues its heads held with
 * the people, complaints it received and how many of those it resolved.
 */
public record IndicatorFigures(int directiveDocuments, int dialogues, int complaintsReceived, int complaintsResolved) {

    /** The largest figure a month may report: far above any real one, so that a typo is caught, not summed. */
    public static final int MAX = 1_000_000;

    /** The rules across fields the figures break. */
    public List<Problem.Violation> inconsistencies() {
        List<Problem.Violation> violations = new ArrayList<>();
        if (complaintsResolved > complaintsReceived) {
            violations.add(new Problem.Violation("complaintsResolved",
                    RegistryMessages.MORE_RESOLVED_THAN_RECEIVED.text(complaintsReceived)));
        }
        return violations;
    }

    /** The share of complaints received that were resolved, in percent with one decimal; null when none came in. */
    public BigDecimal complaintsResolvedPercent() {
        if (complaintsReceived == 0) {
            return null;
        }
        return BigDecimal.valueOf(complaintsResolved * 100L)
                .divide(BigDecimal.valueOf(complaintsReceived), 1, RoundingMode.HALF_UP);
    }
}
