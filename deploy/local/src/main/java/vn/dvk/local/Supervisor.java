package vn.dvk.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Keeps one child process of the launcher running: when it exits while the launcher is not stopping, says so on the
 * console and starts it again after the {@link RestartPolicy}'s delay, or gives up on it and leaves the rest of the
 * suite running. Once {@link #stop()} is called nothing is started again.
 */
final class Supervisor {

    /**
     * Ctrl-C in a terminal reaches the children too, perhaps before the launcher's shutdown hook has said it is
     * stopping: an exit by one of these signals waits that long before it counts as a crash.
     */
    static final Duration STOP_SIGNAL_GRACE = Duration.ofSeconds(2);

    private static final Map<Integer, String> SIGNALS = Map.of(1, "SIGHUP", 2, "SIGINT", 3, "SIGQUIT", 4, "SIGILL",
            6, "SIGABRT", 8, "SIGFPE", 9, "SIGKILL", 11, "SIGSEGV", 13, "SIGPIPE", 15, "SIGTERM");

    /** One run of the supervised program. */
    interface Run {

        long pid();

        /** Completes with the exit code when the run ends, whatever ends it. */
        CompletableFuture<Integer> exited();

        /** Completes once the run serves; {@code null} when there is nothing to wait for. */
        CompletableFuture<Duration> ready();

        /** Stops the run and what it started, and returns once they are gone. */
        void stop();
    }

    /** Starts the program once more, as it was started the first time. */
    @FunctionalInterface
    interface Launch {
        Run start();
    }

    /** Runs a task later, without holding up the caller. */
    @FunctionalInterface
    interface Delays {
        void after(Duration delay, Runnable task);
    }

    private final String name;
    private final Path log;
    private final Launch launch;
    private final RestartPolicy.Crashes crashes;
    private final Clock clock;
    private final Delays delays;
    private final Consumer<String> console;

    /** Guarded by {@code this}. */
    private Run current;
    private boolean stopping;

    /**
     * @param first the run started by the launcher; it is not watched until {@link #watch()}
     * @param log where each run writes its output; the output of a crashed run is kept beside it
     */
    Supervisor(String name, Path log, Run first, Launch launch, RestartPolicy policy, Clock clock, Delays delays,
            Consumer<String> console) {
        this.name = name;
        this.log = log;
        this.current = first;
        this.launch = launch;
        this.crashes = policy.crashes();
        this.clock = clock;
        this.delays = delays;
        this.console = console;
    }

    /** From now on an exit of the first run is a crash; before, the launcher's start reports it as a failure. */
    synchronized void watch() {
        watch(current, clock.instant());
    }

    /**
     * No restart from now on, the current run left as it is: the launcher tells every supervisor first, since Ctrl-C
     * reaches all its children at once while it stops them one part after the other.
     */
    synchronized void standDown() {
        stopping = true;
    }

    /** No restart from now on; stops the current run. */
    void stop() {
        Run run;
        synchronized (this) {
            stopping = true;
            run = current;
        }
        run.stop();
    }

    /** Where the output of the last crashed run is kept. */
    Path crashedLog() {
        return log.resolveSibling(name + ".crashed.log");
    }

    private void watch(Run run, Instant startedAt) {
        run.exited().thenAccept(code -> exited(startedAt, code));
    }

    private void exited(Instant startedAt, int code) {
        Instant exitedAt = clock.instant();
        if (isStopping()) {
            return;
        }
        if (code == 128 + 1 || code == 128 + 2 || code == 128 + 15) {
            delays.after(STOP_SIGNAL_GRACE, () -> crashed(startedAt, exitedAt, code));
        } else {
            crashed(startedAt, exitedAt, code);
        }
    }

    private void crashed(Instant startedAt, Instant exitedAt, int code) {
        RestartPolicy.Decision decision;
        synchronized (this) {
            if (stopping) {
                return;
            }
            decision = crashes.crashed(startedAt, exitedAt);
        }
        String exit = name + " exited with " + describe(code) + " after "
                + Console.seconds(Duration.between(startedAt, exitedAt));
        if (decision instanceof RestartPolicy.Restart restart) {
            console.accept("RESTART: " + exit + "; restart " + restart.attempt() + " in "
                    + Console.seconds(restart.delay()) + " (log " + log + ")");
            delays.after(restart.delay(), () -> restart(restart.attempt()));
        } else if (decision instanceof RestartPolicy.GiveUp giveUp) {
            console.accept("GAVE UP: " + exit + ": " + giveUp.crashes() + " crashes within "
                    + giveUp.window().toMinutes() + " min, so it stays down; the rest of the suite keeps running."
                    + " Find the cause in " + log + " (and " + crashedLog() + "), then start the launcher again.");
        }
    }

    private void restart(int attempt) {
        Run run;
        Instant startedAt;
        synchronized (this) { // stop() waits for a start under way, then stops what it started
            if (stopping) {
                return;
            }
            startedAt = clock.instant();
            try {
                keepCrashedLog();
                run = launch.start();
            } catch (RuntimeException e) {
                console.accept("RESTART: " + name + " could not be started again: " + e.getMessage());
                delays.after(Duration.ZERO, () -> crashed(startedAt, clock.instant(), -1));
                return;
            }
            current = run;
        }
        console.accept("RESTART: " + name + " started again (attempt " + attempt + ", pid " + run.pid()
                + "; the crashed run's output is in " + crashedLog() + ")");
        watch(run, startedAt);
        CompletableFuture<Duration> ready = run.ready();
        if (ready != null) {
            ready.whenComplete((time, failure) -> {
                if (!isStopping() && failure == null) {
                    console.accept("RESTART: " + name + " ready again in " + Console.seconds(time));
                }
            });
        }
    }

    /** The next run's output replaces the log: the crashed run's is what explains the crash. */
    private void keepCrashedLog() {
        try {
            if (Files.exists(log)) {
                Files.move(log, crashedLog(), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            console.accept("RESTART: " + name + ": could not keep the crashed run's log: " + e.getMessage());
        }
    }

    private synchronized boolean isStopping() {
        return stopping;
    }

    /** An exit code, and the signal it stands for on Unix when above 128 (the JDK reports 128 + signal). */
    static String describe(int code) {
        if (code == -1) {
            return "no process (it did not start)";
        }
        String signal = code > 128 && code < 160 ? SIGNALS.getOrDefault(code - 128, "signal " + (code - 128)) : null;
        return "code " + code + (signal != null ? " (killed by " + signal + ")" : "");
    }
}
