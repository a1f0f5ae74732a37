package vn.dvk.local;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvk.testing.suite.ChildProcess;

/** The supervisor over real child processes: a small shell program killed with SIGKILL, and one that keeps failing. */
class SupervisorIT {

    /** Short delays, so that the test does not wait seconds; the same policy otherwise. */
    private static final RestartPolicy QUICK = new RestartPolicy(Duration.ofMillis(100), Duration.ofSeconds(1),
            Duration.ofSeconds(60), 3, Duration.ofMinutes(1));

    private static final Pattern STARTED_AGAIN = Pattern.compile("started again \\(attempt (\\d+), pid (\\d+);");

    @TempDir
    Path dir;

    private final List<String> console = new CopyOnWriteArrayList<>();
    private final ScheduledThreadPoolExecutor delays = (ScheduledThreadPoolExecutor) Executors.newScheduledThreadPool(1);
    private Supervisor supervisor;

    @AfterEach
    void stop() {
        if (supervisor != null) {
            supervisor.stop();
        }
        delays.shutdownNow();
    }

    @Test
    void aProcessKilledWithSigkillComesBackAndTheConsoleSaysSo() throws Exception {
        ChildRun first = supervise("sleeper", "echo \"run $$\"; exec sleep 600");
        supervisor.watch();

        new ProcessBuilder("kill", "-KILL", Long.toString(first.pid())).start().waitFor();

        await().atMost(Duration.ofSeconds(30)).until(() -> console.stream().anyMatch(STARTED_AGAIN.asPredicate()));
        assertTrue(console.get(0).matches("RESTART: sleeper exited with code 137 \\(killed by SIGKILL\\) after"
                + " [0-9.]+ s; restart 1 in 0.1 s \\(log .*sleeper.log\\)"), console.get(0));
        Matcher restarted = STARTED_AGAIN.matcher(console.get(1));
        assertTrue(restarted.find(), console.get(1));
        assertEquals("1", restarted.group(1));
        long pid = Long.parseLong(restarted.group(2));
        assertNotEquals(first.pid(), pid);
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the announced process runs");
        assertEquals("run " + first.pid(), Files.readString(supervisor.crashedLog()).strip(), "the killed run's output");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(dir.resolve("sleeper.log")).strip()
                .equals("run " + pid));
    }

    @Test
    void aProcessThatKeepsCrashingIsGivenUp() {
        supervise("crasher", "echo failing; exit 3");
        supervisor.watch();

        await().atMost(Duration.ofSeconds(30)).until(() -> console.stream().anyMatch(line -> line.startsWith("GAVE UP")));
        assertEquals("GAVE UP: crasher exited with code 3 after", console.get(console.size() - 1).substring(0, 41));
        assertTrue(console.get(console.size() - 1).contains(": 3 crashes within 1 min, so it stays down; the rest of"
                + " the suite keeps running."), console.get(console.size() - 1));
        assertEquals(2, console.stream().filter(STARTED_AGAIN.asPredicate()).count(), console.toString());
        assertTrue(delays.getQueue().isEmpty(), "no restart left to do");
    }

    private ChildRun supervise(String name, String script) {
        Path log = dir.resolve(name + ".log");
        Supervisor.Launch launch = () -> new ChildRun(
                ChildProcess.start(name, List.of("sh", "-c", script), Map.of(), dir, log), null,
                Duration.ZERO, Duration.ofSeconds(5));
        ChildRun first = (ChildRun) launch.start();
        supervisor = new Supervisor(name, log, first, launch, QUICK, Clock.systemUTC(),
                (delay, task) -> delays.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS), console::add);
        return first;
    }
}
