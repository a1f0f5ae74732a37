package vn.dvk.recognition.events;

import java.time.LocalDate;
import java.util.UUID;
import vn.dvk.recognition.domain.Decision;

/** The decision an event's recognition or commendation rests on, as readers cite it. */
public record DecisionRef(UUID decisionId, String number, LocalDate issuedOn) {

    public static DecisionRef of(Decision decision) {
        return decision == null ? null : new DecisionRef(decision.id, decision.number, decision.issuedOn);
    }
}
