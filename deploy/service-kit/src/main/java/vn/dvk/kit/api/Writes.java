package vn.dvk.kit.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import vn.dvk.kit.failure.FailureKind;
import vn.dvk.kit.failure.Failures;

/**
 * The one transaction boundary of a writing request. A change that loses a race can fail anywhere up to and
 * including the commit (a version check at flush, a unique key, a serialization failure), where it arrives
 * wrapped in transaction exceptions; here every such failure, and every refusal the domain raises as a
 * {@link ConflictProblem}, becomes a 409 that carries the resource as it stands after the winner committed.
 */
public final class Writes {

    private static final Logger LOG = Logger.getLogger(Writes.class);

    private Writes() {
    }

    /**
     * Runs {@code work} in a transaction of its own and commits it.
     *
     * @param currentState reads the resource afresh (in a new transaction) for the body of a 409
     */
    public static <T> T commit(Supplier<T> work, Supplier<?> currentState) {
        return commit(work, currentState, false);
    }

    /**
     * Runs a conditional update ({@code If-Match}, checked by {@code work} through {@link EntityTags}) in a
     * transaction of its own. Two updates made from the same version can both pass the check; the one whose
     * commit loses the race gets the answer its stale {@code If-Match} deserves: 412, with the current state.
     */
    public static <T> T update(Supplier<T> work, Supplier<?> currentState) {
        return commit(work, currentState, true);
    }

    private static <T> T commit(Supplier<T> work, Supplier<?> currentState, boolean conditional) {
        try {
            return QuarkusTransaction.requiringNew().call(work::get);
        } catch (ConflictProblem refused) {
            throw refused.withCurrent(readQuietly(currentState));
        } catch (RuntimeException e) {
            if (Failures.kindOf(e) != FailureKind.CONFLICT) {
                throw e;
            }
            LOG.debugf("A concurrent change won: %s", e);
            if (conditional) {
                throw new PreconditionFailedProblem("Another change to the resource was committed first; the "
                        + "version named in If-Match is no longer current. The current state is attached",
                        readQuietly(currentState));
            }
            throw new ConflictProblem("The resource was changed by another request at the same time; "
                    + "the current state is attached: review it and try again if still needed",
                    readQuietly(currentState));
        }
    }

    private static Object readQuietly(Supplier<?> currentState) {
        try {
            return QuarkusTransaction.requiringNew().call(currentState::get);
        } catch (RuntimeException e) {
            LOG.debugf("Current state not attached to the conflict: %s", e);
            return null;
        }
    }
}
