package vn.dvk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor with a clock, delays and runs of its own: what it says and starts, without waiting for any. */
class SupervisorTest {

    @TempDir
    Path logs;

    private final FakeClock clock = new FakeClock();
    private final Deque<Delayed> delayed = new ArrayDeque<>();
    private final List<String> console = new ArrayList<>();
    private final List<FakeRun> runs = new ArrayList<>();
    private RuntimeException launchFailure;
    private Path log;
    private Supervisor supervisor;

    private record Delayed(Duration delay, Runnable task) {
    }

    @BeforeEach
    void superviseOneRun() {
        log = logs.resolve("registry-service.log");
        FakeRun first = new FakeRun(100);
        runs.add(first);
        supervisor = new Supervisor("registry-service", log, first, this::launch, RestartPolicy.DEFAULT, clock,
                (delay, task) -> delayed.add(new Delayed(delay, task)), console::add);
    }

    @Test
    void aCrashIsSaidAndTheProcessStartsAgainAfterTheDelay() throws Exception {
        supervisor.watch();
        clock.pass(Duration.ofSeconds(42));
        Files.writeString(log, "java.lang.OutOfMemoryError");

        current().exit(137);

        assertEquals(List.of("RESTART: registry-service exited with code 137 (killed by SIGKILL) after 42.0 s;"
                + " restart 1 in 1.0 s (log " + log + ")"), console);
        assertEquals(1, runs.size(), "started before the delay");

        runDelayed(Duration.ofSeconds(1));

        assertEquals(2, runs.size());
        assertEquals("RESTART: registry-service started again (attempt 1, pid 101; the crashed run's output is in "
                + logs.resolve("registry-service.crashed.log") + ")", console.get(1));
        assertEquals("java.lang.OutOfMemoryError", Files.readString(supervisor.crashedLog()));

        current().ready.complete(Duration.ofMillis(6200));

        assertEquals("RESTART: registry-service ready again in 6.2 s", console.get(2));
    }

    @Test
    void crashesBackOffThenTheSupervisorGivesUp() {
        supervisor.watch();
        List<Duration> delays = new ArrayList<>();
        for (int crash = 1; crash <= 4; crash++) {
            clock.pass(Duration.ofSeconds(3));
            current().exit(1);
            delays.add(delayed.peekFirst().delay());
            runDelayed(delayed.peekFirst().delay());
        }
        assertEquals(List.of(1L, 2L, 4L, 8L), delays.stream().map(Duration::toSeconds).toList());
        assertEquals("RESTART: registry-service exited with code 1 after 3.0 s; restart 4 in 8.0 s (log " + log + ")",
                console.get(console.size() - 2));

        clock.pass(Duration.ofSeconds(3));
        current().exit(1);

        assertEquals("GAVE UP: registry-service exited with code 1 after 3.0 s: 5 crashes within 5 min, so it stays"
                + " down; the rest of the suite keeps running. Find the cause in " + log + " (and "
                + supervisor.crashedLog() + "), then start the launcher again.", console.get(console.size() - 1));
        assertTrue(delayed.isEmpty(), "nothing more to start");
        assertEquals(5, runs.size());
    }

    @Test
    void stoppingTheLauncherStartsNothingAgain() {
        supervisor.watch();

        supervisor.stop();

        assertTrue(runs.get(0).stopped);
        assertEquals(List.of(), console);
        assertTrue(delayed.isEmpty());
    }

    @Test
    void aStopDuringTheDelayCancelsTheRestart() {
        supervisor.watch();
        current().exit(137);

        supervisor.stop();
        runDelayed(Duration.ofSeconds(1));

        assertEquals(1, runs.size());
        assertEquals(1, console.size(), console.toString());
    }

    @Test
    void ctrlCThatReachedTheProcessFirstIsNoCrash() {
        supervisor.watch();
        current().exit(130); // the terminal's SIGINT, before the launcher's shutdown hook ran

        assertEquals(List.of(), console, "said before the launcher could tell it is stopping");
        supervisor.stop();
        runDelayed(Supervisor.STOP_SIGNAL_GRACE);

        assertEquals(List.of(), console);
        assertEquals(1, runs.size());
    }

    @Test
    void aSupervisorStoodDownLetsItsRunEndUnsaid() {
        supervisor.watch();

        supervisor.standDown(); // the launcher is stopping another part first
        current().exit(130);

        assertEquals(List.of(), console);
        assertEquals(1, runs.size());
        assertTrue(delayed.isEmpty(), "nothing to decide later");
    }

    @Test
    void aStopSignalFromElsewhereIsACrashOnceTheGraceHasPassed() {
        supervisor.watch();
        current().exit(143); // kill <pid> of the service alone

        runDelayed(Supervisor.STOP_SIGNAL_GRACE);

        assertEquals(List.of("RESTART: registry-service exited with code 143 (killed by SIGTERM) after 0.0 s;"
                + " restart 1 in 1.0 s (log " + log + ")"), console);
    }

    @Test
    void aRunThatCannotStartCountsAsACrash() {
        supervisor.watch();
        current().exit(137);
        launchFailure = new IllegalStateException("quarkus-run.jar does not exist");

        runDelayed(Duration.ofSeconds(1));
        runDelayed(Duration.ZERO);

        assertEquals(List.of("RESTART: registry-service could not be started again: quarkus-run.jar does not exist",
                "RESTART: registry-service exited with no process (it did not start) after 0.0 s; restart 2 in 2.0 s"
                        + " (log " + log + ")"), console.subList(1, 3));
    }

    @Test
    void anExitBeforeTheRunIsWatchedIsTheLaunchersToReport() {
        current().exit(1);

        assertEquals(List.of(), console);
        assertTrue(delayed.isEmpty());
    }

    private Supervisor.Run launch() {
        if (launchFailure != null) {
            throw launchFailure;
        }
        FakeRun run = new FakeRun(100 + runs.size());
        runs.add(run);
        return run;
    }

    private FakeRun current() {
        return runs.get(runs.size() - 1);
    }

    /** Lets the first delayed task's time pass and runs it. */
    private void runDelayed(Duration expected) {
        Delayed next = delayed.pollFirst();
        assertEquals(expected, next.delay());
        clock.pass(next.delay());
        next.task().run();
    }

    private static final class FakeRun implements Supervisor.Run {

        private final long pid;
        private final CompletableFuture<Integer> exited = new CompletableFuture<>();
        private final CompletableFuture<Duration> ready = new CompletableFuture<>();
        private boolean stopped;

        FakeRun(long pid) {
            this.pid = pid;
        }

        void exit(int code) {
            exited.complete(code);
        }

        @Override
        public long pid() {
            return pid;
        }

        @Override
        public CompletableFuture<Integer> exited() {
            return exited;
        }

        @Override
        public CompletableFuture<Duration> ready() {
            return ready;
        }

        @Override
        public void stop() {
            stopped = true;
            exited.complete(143);
        }
    }

    private static final class FakeClock extends Clock {

        private Instant now = Instant.parse("2026-12-05T04:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
