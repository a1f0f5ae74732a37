package vn.dvk.local;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * When a crashed process starts again: after {@code firstDelay}, doubled at each crash up to {@code maxDelay}, back
 * to {@code firstDelay} once a run lasted {@code stableAfter}. After {@code maxCrashes} crashes within
 * {@code crashWindow} the launcher gives up on it: a process that cannot stay up would only fill the console.
 */
record RestartPolicy(Duration firstDelay, Duration maxDelay, Duration stableAfter, int maxCrashes,
        Duration crashWindow) {

    static final RestartPolicy DEFAULT = new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30),
            Duration.ofSeconds(60), 5, Duration.ofMinutes(5));

    /** What to do about one crash. */
    sealed interface Decision {
    }

    /** @param attempt the how-many-th restart since the process last stayed up */
    record Restart(int attempt, Duration delay) implements Decision {
    }

    record GiveUp(int crashes, Duration window) implements Decision {
    }

    /** The crash history of one supervised process; time is passed in, so tests need no clock. */
    Crashes crashes() {
        return new Crashes();
    }

    final class Crashes {

        private final Deque<Instant> recent = new ArrayDeque<>();
        private int attempt;

        /** @param startedAt when the run that crashed started, {@code exitedAt} when it ended */
        Decision crashed(Instant startedAt, Instant exitedAt) {
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(exitedAt.minus(crashWindow))) {
                recent.removeFirst();
            }
            recent.addLast(exitedAt);
            if (recent.size() >= maxCrashes) {
                return new GiveUp(recent.size(), crashWindow);
            }
            if (!Duration.between(startedAt, exitedAt).minus(stableAfter).isNegative()) {
                attempt = 0; // it stayed up a while: this crash is news, not the same trouble again
            }
            attempt++;
            return new Restart(attempt, delay(attempt));
        }

        private Duration delay(int attempt) {
            Duration delay = firstDelay;
            for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
                delay = delay.multipliedBy(2);
            }
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }
}
