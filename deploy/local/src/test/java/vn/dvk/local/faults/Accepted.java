package vn.dvk.local.faults;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the services accepted (answered 2xx): the writes that must never be lost. Reconciliation checks each of
 * them against every service's database.
 */
public final class Accepted {

    /** A committee's action the recognition service accepted, and the level the case stood at afterwards. */
    public record Action(UUID modelId, String action, Level level) {
    }

    private final Set<UUID> submitted = new LinkedHashSet<>();
    private final List<Action> actions = new ArrayList<>();

    synchronized void submitted(UUID modelId) {
        submitted.add(modelId);
    }

    synchronized void action(Action action) {
        actions.add(action);
    }

    public synchronized Set<UUID> submitted() {
        return Set.copyOf(submitted);
    }

    public synchronized List<Action> actions() {
        return List.copyOf(actions);
    }

    public synchronized long recognitions() {
        return actions.stream().filter(a -> a.action().equals("RECOGNIZE")).count();
    }
}
