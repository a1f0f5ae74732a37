package vn.dvk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestartPolicyTest {

    private static final Instant T0 = Instant.parse("2026-12-05T04:00:00Z");

    private final RestartPolicy policy = new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(8),
            Duration.ofSeconds(60), 100, Duration.ofMinutes(5));

    @Test
    void delaysDoubleUpToTheCap() {
        RestartPolicy.Crashes crashes = policy.crashes();

        List<RestartPolicy.Decision> decisions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            decisions.add(crashes.crashed(at(i * 10), at(i * 10 + 2)));
        }

        assertEquals(List.of(restart(1, 1), restart(2, 2), restart(3, 4), restart(4, 8), restart(5, 8), restart(6, 8)),
                decisions);
    }

    @Test
    void aRunThatStayedUpStartsTheBackoffAgain() {
        RestartPolicy.Crashes crashes = policy.crashes();
        crashes.crashed(at(0), at(2));
        crashes.crashed(at(3), at(5));
        crashes.crashed(at(7), at(9));

        assertEquals(restart(1, 1), crashes.crashed(at(13), at(73)), "up 60 s");
        assertEquals(restart(2, 2), crashes.crashed(at(74), at(80)));
    }

    @Test
    void givesUpAfterTooManyCrashesWithinTheWindow() {
        RestartPolicy strict = new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofSeconds(60),
                3, Duration.ofMinutes(1));
        RestartPolicy.Crashes crashes = strict.crashes();

        assertEquals(restart(1, 1), crashes.crashed(at(0), at(10)));
        assertEquals(restart(2, 2), crashes.crashed(at(11), at(20)));
        assertEquals(new RestartPolicy.GiveUp(3, Duration.ofMinutes(1)), crashes.crashed(at(22), at(30)));
    }

    @Test
    void crashesOlderThanTheWindowAreForgotten() {
        RestartPolicy strict = new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofSeconds(60),
                3, Duration.ofMinutes(1));
        RestartPolicy.Crashes crashes = strict.crashes();

        for (int i = 0; i < 10; i++) { // one crash every 40 s: never three within a minute
            RestartPolicy.Decision decision = crashes.crashed(at(i * 40), at(i * 40 + 39));
            assertEquals(RestartPolicy.Restart.class, decision.getClass(), "crash " + (i + 1));
        }
    }

    @Test
    void theDefaultsAreThoseTheUsageAnnounces() {
        assertEquals(new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60), 5,
                Duration.ofMinutes(5)), RestartPolicy.DEFAULT);
        assertTrue(LaunchOptions.USAGE.contains("after 1 s, 2 s, 4 s... (at most 30 s); after 5 crashes"
                + "\nwithin 5 minutes the launcher gives up"), LaunchOptions.USAGE);
    }

    private static RestartPolicy.Restart restart(int attempt, int delaySeconds) {
        return new RestartPolicy.Restart(attempt, Duration.ofSeconds(delaySeconds));
    }

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }
}
