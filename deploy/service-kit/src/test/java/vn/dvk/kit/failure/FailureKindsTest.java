package vn.dvk.kit.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.hibernate.StaleObjectStateException;
import org.hibernate.StaleStateException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** How each failure is classified, alone and wherever the wrapping hides it. One row a case. */
@Tag("unit")
class FailureKindsTest {

    @ParameterizedTest(name = "SQLState {0} -> {1}")
    @CsvSource({
            "23505, CONFLICT", "40001, CONFLICT", "40P01, CONFLICT",
            "08000, UNAVAILABLE", "08001, UNAVAILABLE", "08006, UNAVAILABLE", "53000, UNAVAILABLE",
            "53100, UNAVAILABLE", "53200, UNAVAILABLE", "53300, UNAVAILABLE", "57P01, UNAVAILABLE",
            "57P02, UNAVAILABLE", "57P03, UNAVAILABLE", "55P03, UNAVAILABLE", "57014, UNAVAILABLE",
            "25006, UNAVAILABLE",
            "23503, PERMANENT", "23502, PERMANENT", "23514, PERMANENT", "22001, PERMANENT", "42P01, PERMANENT",
            "42501, PERMANENT", "57000, PERMANENT", "55000, PERMANENT", "25001, PERMANENT", "40000, PERMANENT",
            "XX000, PERMANENT",
    })
    void sqlStates(String state, FailureKind kind) {
        assertEquals(kind, Failures.kindOf(new SQLException("from the database", state)));
        assertEquals(kind, Failures.kindOf(new PersistenceException(new RuntimeException(
                new SQLException("wrapped twice", state)))), "wrapped");
    }

    static Stream<Arguments> exceptions() {
        return Stream.of(
                Arguments.of("optimistic lock", new OptimisticLockException("stale"), FailureKind.CONFLICT),
                Arguments.of("Hibernate stale state", new StaleStateException("stale"), FailureKind.CONFLICT),
                Arguments.of("Hibernate stale object", new StaleObjectStateException("Model", 1), FailureKind.CONFLICT),
                Arguments.of("transient SQL", new SQLTransientException("later"), FailureKind.UNAVAILABLE),
                Arguments.of("transient connection", new SQLTransientConnectionException("later"),
                        FailureKind.UNAVAILABLE),
                Arguments.of("recoverable SQL", new SQLRecoverableException("reconnect"), FailureKind.UNAVAILABLE),
                Arguments.of("pool timeout", new SQLException("Sorry, acquisition timeout while waiting for new "
                        + "connection"), FailureKind.UNAVAILABLE),
                Arguments.of("SQL without state or message", new SQLException(), FailureKind.PERMANENT),
                Arguments.of("SQL without state", new SQLException("syntax"), FailureKind.PERMANENT),
                Arguments.of("Kafka retriable", new NotLeaderOrFollowerException("moved"), FailureKind.UNAVAILABLE),
                Arguments.of("Kafka timeout", new org.apache.kafka.common.errors.TimeoutException("slow"),
                        FailureKind.UNAVAILABLE),
                Arguments.of("Kafka permanent", new RecordTooLargeException("big"), FailureKind.PERMANENT),
                Arguments.of("timeout", new TimeoutException("slow"), FailureKind.UNAVAILABLE),
                Arguments.of("connection refused", new ConnectException("refused"), FailureKind.UNAVAILABLE),
                Arguments.of("socket timeout", new SocketTimeoutException("slow"), FailureKind.UNAVAILABLE),
                Arguments.of("socket", new SocketException("reset"), FailureKind.UNAVAILABLE),
                Arguments.of("a bug", new IllegalStateException("a bug"), FailureKind.PERMANENT),
                Arguments.of("null", new NullPointerException(), FailureKind.PERMANENT),
                Arguments.of("an error", new AssertionError("no"), FailureKind.PERMANENT));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("exceptions")
    void exceptionKinds(String name, Throwable failure, FailureKind kind) {
        assertEquals(kind, Failures.kindOf(failure));
    }

    @ParameterizedTest(name = "{0} wrapped -> {2}")
    @MethodSource("exceptions")
    void theWrappingNeverHidesTheKind(String name, Throwable failure, FailureKind kind) {
        RuntimeException wrapped = new RuntimeException("outer", new PersistenceException("middle",
                new IllegalStateException("inner", failure)));
        assertEquals(kind, Failures.kindOf(wrapped));
    }

    @ParameterizedTest(name = "{0} suppressed -> {2}")
    @MethodSource("exceptions")
    void aSuppressedCauseCounts(String name, Throwable failure, FailureKind kind) {
        RuntimeException rollback = new RuntimeException("rollback failed");
        rollback.addSuppressed(new RuntimeException("commit", failure));
        assertEquals(kind, Failures.kindOf(new RuntimeException(rollback)));
    }

    static Stream<Arguments> chains() {
        SQLException lost = new SQLException("lost", "08006");
        SQLException duplicate = new SQLException("duplicate", "23505");

        RuntimeException conflictBelowUnavailable = new RuntimeException(new SQLTransientException("later",
                new SQLException("deadlock", "40P01")));
        RuntimeException unavailableBelowConflict = new RuntimeException(new OptimisticLockException("stale",
                new SQLException("lost", "08006")));
        RuntimeException conflictSuppressed = new RuntimeException(new SQLException("lost", "08006"));
        conflictSuppressed.addSuppressed(new SQLException("duplicate", "23505"));

        BatchUpdateException batch = new BatchUpdateException("batch failed", new int[0]);
        batch.setNextException(new SQLException("entry 1", "22001"));
        batch.getNextException().setNextException(new SQLException("serialization", "40001"));
        BatchUpdateException batchLost = new BatchUpdateException("batch failed", new int[0]);
        batchLost.setNextException(new SQLException("gone", "57P01"));

        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second); // a loop of causes
        RuntimeException loopOverLost = new RuntimeException("top", lost);
        lost.addSuppressed(loopOverLost); // a loop through the suppressed ones
        SQLException looping = new SQLException("looping", "42P01");
        SQLException looped = new SQLException("looped", "42P01");
        looping.setNextException(looped);
        looped.setNextException(looping); // a loop of next exceptions

        return Stream.of(
                Arguments.of("a conflict below an outage", conflictBelowUnavailable, FailureKind.CONFLICT),
                Arguments.of("an outage below a conflict", unavailableBelowConflict, FailureKind.CONFLICT),
                Arguments.of("a conflict suppressed beside an outage", conflictSuppressed, FailureKind.CONFLICT),
                Arguments.of("a batch's second next exception", batch, FailureKind.CONFLICT),
                Arguments.of("a batch's next exception", new RuntimeException(batchLost), FailureKind.UNAVAILABLE),
                Arguments.of("a permanent cause above a duplicate", new IllegalStateException(duplicate),
                        FailureKind.CONFLICT),
                Arguments.of("a loop of causes", second, FailureKind.PERMANENT),
                Arguments.of("a loop through suppressed", loopOverLost, FailureKind.UNAVAILABLE),
                Arguments.of("a loop of next exceptions", looping, FailureKind.PERMANENT));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("chains")
    void causeChains(String name, Throwable failure, FailureKind kind) {
        assertEquals(kind, Failures.kindOf(failure));
    }

    @ParameterizedTest(name = "{0} transient: {1}")
    @CsvSource({"CONFLICT, true", "UNAVAILABLE, true", "PERMANENT, false"})
    void whatMaySucceedAgain(FailureKind kind, boolean isTransient) {
        assertEquals(isTransient, kind.isTransient());
    }
}
