package vn.dvk.local.faults;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * A fault a scenario injects while the load runs, and how it is healed.
 *
 * @param affected the service whose calls during the outage are reported apart, if one is
 * @param databaseDown the service whose own database the fault stops: only its calls may answer 503 (with a
 *     problem) while it lasts
 * @param inject breaks the part (given the load, for faults that need a burst of work first)
 * @param heal repairs it, returning once the part serves again
 */
public record Fault(String description, Optional<String> affected, Optional<String> databaseDown,
        Consumer<LoadGenerator> inject, Runnable heal) {

    public static Fault none() {
        return new Fault("none", Optional.empty(), Optional.empty(), load -> { }, () -> { });
    }
}
