package vn.dvk.kit.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** How wrapped failures are classified: by what is underneath, wherever the wrapping hid it. */
@Tag("unit")
class FailuresTest {

    @Test
    void aCommitThatFailsBecauseTheDatabaseWentAwayIsUnavailableNotPermanent() {
        // as Narayana reports it: the database's error is the cause of an XAException suppressed in the rollback
        XAException commitFailed = new XAException("Error trying to transactionCommit local transaction");
        commitFailed.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(commitFailed);
        RuntimeException failure = new RuntimeException(rollback);

        assertEquals(FailureKind.UNAVAILABLE, Failures.kindOf(failure));
    }

    @Test
    void aConflictStillWinsAndAnUnknownFailureStaysPermanent() {
        RuntimeException conflict = new RuntimeException(new SQLException("duplicate key", "23505"));
        conflict.addSuppressed(new SQLException("connection lost", "08006"));
        assertEquals(FailureKind.CONFLICT, Failures.kindOf(conflict));
        assertEquals(FailureKind.PERMANENT, Failures.kindOf(new IllegalStateException("a bug")));
    }
}
