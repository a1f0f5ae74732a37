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
        try {
            return QuarkusTransaction.requiringNew().call(work::get);
        } catch (ConflictProblem refused) {
            throw refused.withCurrent(readQuietly(currentState));
        } catch (RuntimeException e) {
            if (Failures.kindOf(e) != FailureKind.CONFLICT) {
                throw e;
            }
            LOG.debugf("A concurrent change won: %s", e);
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
