package vn.dvk.recognition.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.dvk.kit.problems.BilingualText;

/**
 * Checks a decision's date before anything is written: not after today (the service's clock, in the province's
 * time zone, so that a decision signed this morning in Hà Nội is not "tomorrow" in UTC), and not before any model
 * it recognises or commends had started, which would make the record say a model was recognised before it existed.
 * A model whose start the registry never published is not held against the date.
 */
@ApplicationScoped
public class DecisionDates {

    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Clock clock;

    public DecisionDates(Clock clock) {
        this.clock = clock;
    }

    public void check(LocalDate issuedOn, List<UUID> modelIds, List<CommendationTerms> commendations) {
        LocalDate today = LocalDate.now(clock);
        if (issuedOn.isAfter(today)) {
            throw new DecisionDateProblem(RecognitionMessages.DECISION_DATED_AFTER_TODAY.text(date(issuedOn), date(today)));
        }
        Set<UUID> models = new LinkedHashSet<>(modelIds);
        commendations.stream().map(CommendationTerms::modelId).filter(Objects::nonNull).forEach(models::add);
        ModelStart.known(models).stream().filter(start -> issuedOn.isBefore(start.startedOn))
                .max(Comparator.comparing((ModelStart start) -> start.startedOn).thenComparing(start -> start.modelId))
                .ifPresent(start -> {
                    throw new DecisionDateProblem(RecognitionMessages.DECISION_DATED_BEFORE_MODEL.text(date(issuedOn),
                            start.modelId, date(start.startedOn)));
                });
    }

    /** A date as each language writes it: 15/06/2026 in Vietnamese, 2026-06-15 in English. */
    private static BilingualText date(LocalDate day) {
        return BilingualText.of(VIETNAMESE.format(day), day.toString());
    }
}
