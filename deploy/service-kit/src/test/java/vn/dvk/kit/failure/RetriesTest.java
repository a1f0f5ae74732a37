package vn.dvk.kit.failure;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Retrying: transient failures are retried after a doubling, jittered wait capped at 10 s, for as long as it takes;
 * permanent ones are thrown at once; shutting down gives up with the last failure. The waits are recorded, not
 * waited.
 */
@Tag("unit")
class RetriesTest {

    private final List<Duration> waits = new ArrayList<>();
    private final AtomicInteger retries = new AtomicInteger();

    /** Records each wait; says "shutting down" at the wait numbered {@code stopAt} (never when 0). */
    private Retries recording(int stopAt) {
        return new Retries(delay -> {
            waits.add(delay);
            return waits.size() == stopAt;
        });
    }

    @Test
    void workThatSucceedsAtOnceNeverWaits() {
        assertEquals("done", recording(0).attempt("work", () -> "done", retries::incrementAndGet));
        assertAll(() -> assertEquals(List.of(), waits), () -> assertEquals(0, retries.get()));
    }

    /**
     * After n transient failures: n waits, n retries, and the n-th wait is the doubled delay (200 ms, 400 ms, ... at
     * most 10 s) within ±20% jitter.
     */
    @ParameterizedTest(name = "{0} failures: the last wait is {1} ms ±20%")
    @CsvSource({"1, 200", "2, 400", "3, 800", "4, 1600", "5, 3200", "6, 6400", "7, 10000", "8, 10000", "15, 10000"})
    void transientFailuresAreRetriedWithABackoff(int failures, long delayMillis) {
        Supplier<String> work = failingTimes(failures, () -> new RuntimeException(new SQLException("gone", "08006")));

        assertEquals("done", recording(0).attempt("work", work, retries::incrementAndGet));

        long last = waits.get(waits.size() - 1).toMillis();
        assertAll(() -> assertEquals(failures, waits.size()), () -> assertEquals(failures, retries.get()),
                () -> assertTrue(last >= delayMillis - delayMillis / 5 && last <= delayMillis + delayMillis / 5,
                        "waited " + last + " ms, not " + delayMillis + " ms ±20%"));
    }

    @ParameterizedTest(name = "{0} is retried")
    @CsvSource({"40001", "40P01", "23505", "08006", "53300", "57P01", "55P03"})
    void everyTransientKindIsRetried(String sqlState) {
        Supplier<String> work = failingTimes(1, () -> new RuntimeException(new SQLException("for now", sqlState)));

        assertEquals("done", recording(0).attempt("work", work, retries::incrementAndGet));
        assertEquals(1, retries.get());
    }

    @ParameterizedTest(name = "permanent after {0} transient failures: thrown as it is")
    @CsvSource({"0", "1", "3"})
    void aPermanentFailureIsThrownAtOnce(int transientFirst) {
        IllegalStateException bug = new IllegalStateException("a bug");
        AtomicInteger calls = new AtomicInteger();
        Supplier<String> work = () -> {
            if (calls.incrementAndGet() <= transientFirst) {
                throw new RuntimeException(new SQLException("gone", "08006"));
            }
            throw bug;
        };

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> recording(0).attempt("work", work, retries::incrementAndGet));

        assertAll(() -> assertSame(bug, thrown), () -> assertEquals(transientFirst + 1, calls.get()),
                () -> assertEquals(transientFirst, waits.size()), () -> assertEquals(transientFirst, retries.get()));
    }

    @ParameterizedTest(name = "shutdown during wait {0}")
    @CsvSource({"1", "2", "5"})
    void shuttingDownGivesUpWithTheLastFailure(int stopAt) {
        List<RuntimeException> failures = new ArrayList<>();
        Supplier<String> work = () -> {
            RuntimeException failure = new RuntimeException(new SQLException("gone " + failures.size(), "08006"));
            failures.add(failure);
            throw failure;
        };

        Retries.Stopping stopping = assertThrows(Retries.Stopping.class,
                () -> recording(stopAt).attempt("the relay", work, retries::incrementAndGet));

        assertAll(() -> assertSame(failures.get(failures.size() - 1), stopping.getCause()),
                () -> assertEquals("Shutting down before the relay succeeded", stopping.getMessage()),
                () -> assertEquals(stopAt, failures.size()), () -> assertEquals(stopAt - 1, retries.get()));
    }

    @Test
    void anInterruptedWaitStopsAndKeepsTheInterrupt() {
        Retries realWait = new Retries(); // the real wait, interrupted before it starts
        Thread.currentThread().interrupt();
        try {
            assertThrows(Retries.Stopping.class, () -> realWait.attempt("work",
                    failingTimes(1, () -> new RuntimeException(new SQLException("gone", "08006"))),
                    retries::incrementAndGet));
            assertTrue(Thread.currentThread().isInterrupted());
            assertEquals(0, retries.get());
        } finally {
            Thread.interrupted();
        }
    }

    private static Supplier<String> failingTimes(int times, Supplier<RuntimeException> failure) {
        AtomicInteger calls = new AtomicInteger();
        return () -> {
            if (calls.incrementAndGet() <= times) {
                throw failure.get();
            }
            return "done";
        };
    }
}
