package vn.dvk.kit.failure;

import jakarta.persistence.OptimisticLockException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.kafka.common.errors.RetriableException;
import org.hibernate.StaleStateException;

/**
 * Classifies a failure by walking its whole cause chain. Failures reach callers wrapped several times over (a
 * version check failing at commit arrives as a {@code RollbackException} inside an
 * {@code ArcUndeclaredThrowableException}, a lost connection inside Hibernate's and Narayana's exceptions), so
 * the class of the outermost exception says little; the SQLState of the innermost says a lot.
 */
public final class Failures {

    private Failures() {
    }

    public static FailureKind kindOf(Throwable failure) {
        boolean unavailable = false;
        for (Throwable cause : chain(failure)) {
            if (isConflict(cause)) {
                return FailureKind.CONFLICT;
            }
            unavailable |= isUnavailable(cause);
        }
        return unavailable ? FailureKind.UNAVAILABLE : FailureKind.PERMANENT;
    }

    private static boolean isConflict(Throwable cause) {
        if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
            return true;
        }
        String state = sqlState(cause);
        // unique_violation, serialization_failure, deadlock_detected
        return "23505".equals(state) || "40001".equals(state) || "40P01".equals(state);
    }

    private static boolean isUnavailable(Throwable cause) {
        if (cause instanceof RetriableException || cause instanceof java.util.concurrent.TimeoutException
                || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                || cause instanceof ConnectException || cause instanceof SocketTimeoutException
                || cause instanceof SocketException) {
            return true;
        }
        String state = sqlState(cause);
        if (state != null) {
            return state.startsWith("08") // connection exception
                    || state.startsWith("53") // insufficient resources: out of connections, memory, disk
                    || state.startsWith("57P") // the server shutting down or not yet accepting connections
                    || "55P03".equals(state) // lock_not_available: lock_timeout
                    || "57014".equals(state) // query_canceled: statement_timeout
                    || "25006".equals(state); // read_only_sql_transaction: a replica promoted mid-switchover
        }
        // Agroal's pool gives up waiting for a connection without an SQLState.
        return cause instanceof SQLException && cause.getMessage() != null
                && cause.getMessage().contains("acquisition timeout");
    }

    private static String sqlState(Throwable cause) {
        return cause instanceof SQLException sql ? sql.getSQLState() : null;
    }

    /**
     * The failure and everything that caused it, outermost first, each once (cause chains can loop): its causes,
     * the exceptions suppressed along the way with their own causes (a commit that fails while the transaction
     * manager rolls back carries the database's error there, as an XAException's cause), and a batch's "next
     * exceptions".
     */
    private static Iterable<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.List<Throwable> chain = new java.util.ArrayList<>();
        java.util.Deque<Throwable> pending = new java.util.ArrayDeque<>(java.util.List.of(failure));
        while (!pending.isEmpty()) {
            for (Throwable cause = pending.poll(); cause != null && seen.add(cause); cause = cause.getCause()) {
                chain.add(cause);
                pending.addAll(java.util.List.of(cause.getSuppressed()));
                if (cause instanceof SQLException sql) {
                    for (SQLException next = sql.getNextException(); next != null && !seen.contains(next)
                            && !pending.contains(next); next = next.getNextException()) {
                        pending.add(next);
                    }
                }
            }
        }
        return chain;
    }
}
