package vn.dvk.kit.transactions;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.core.MediaType;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import vn.dvk.kit.failure.FailureKind;
import vn.dvk.kit.failure.Failures;
import vn.dvk.kit.preconditions.EntityTags;
import vn.dvk.kit.preconditions.PreconditionFailedProblem;
import vn.dvk.kit.problems.ConflictProblem;
import vn.dvk.kit.problems.KitMessages;

/**
 * The one transaction boundary of a writing request. A change that loses a race can fail anywhere up to and
 * including the commit (a version check at flush, a unique key, a serialization failure), where it arrives
 * wrapped in transaction exceptions; here every such failure, and every refusal the domain raises as a
 * {@link ConflictProblem}, becomes a 409 that carries the resource as it stands after the winner committed.
 */
public final class WriteTransactions {

    private static final Logger LOG = Logger.getLogger(WriteTransactions.class);

    private WriteTransactions() {
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

    /**
     * The usual conditional change of one entity: read it (a 404 when the caller may not see it), check
     * {@code If-Match} against its version, change it, and answer its new state with the ETag of the version the
     * change committed.
     *
     * @param read the entity, as the caller may see it
     * @param view its representation, also the {@code current} of a 412 or 409
     */
    public static <E, V> RestResponse<V> change(String ifMatch, Supplier<E> read, ToLongFunction<E> version,
            Function<E, V> view, UnaryOperator<E> change) {
        return update(() -> {
            E entity = read.get();
            EntityTags.requireMatch(ifMatch, version.applyAsLong(entity), () -> view.apply(entity));
            E changed = change.apply(entity);
            Panache.flush(); // the version the ETag names is the one this change committed
            return RestResponse.ResponseBuilder.ok(view.apply(changed), MediaType.APPLICATION_JSON_TYPE)
                    .tag(EntityTags.of(version.applyAsLong(changed))).build();
        }, () -> view.apply(read.get()));
    }

    private static <T> T commit(Supplier<T> work, Supplier<?> currentState, boolean conditional) {
        try {
            return QuarkusTransaction.requiringNew().call(work::get);
        } catch (ConflictProblem refused) {
            // a refusal that names what it refers to (the cases a decision cannot take, say) keeps it
            throw refused.current() != null ? refused : refused.withCurrent(readQuietly(currentState));
        } catch (RuntimeException e) {
            if (Failures.kindOf(e) != FailureKind.CONFLICT) {
                throw e;
            }
            LOG.debugf("A concurrent change won: %s", e);
            if (conditional) {
                throw new PreconditionFailedProblem(KitMessages.CHANGED_CONCURRENTLY_IF_MATCH.text(),
                        readQuietly(currentState));
            }
            throw new ConflictProblem(KitMessages.CHANGED_CONCURRENTLY_STATE_ATTACHED.text(),
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
