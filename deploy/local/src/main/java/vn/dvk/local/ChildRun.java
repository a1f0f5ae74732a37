package vn.dvk.local;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import vn.dvk.testing.suite.ChildProcess;
import vn.dvk.testing.suite.Readiness;

/**
 * A child process as the {@link Supervisor} sees it.
 *
 * @param readinessUrl answers 200 once the process serves; {@code null} when there is nothing to wait for
 */
record ChildRun(ChildProcess process, URI readinessUrl, Duration readyTimeout, Duration stopGrace)
        implements Supervisor.Run {

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public CompletableFuture<Integer> exited() {
        return process.onExit().thenApply(Process::exitValue);
    }

    @Override
    public CompletableFuture<Duration> ready() {
        return readinessUrl == null ? null : Readiness.of(process, readinessUrl, readyTimeout);
    }

    @Override
    public void stop() {
        process.stop(stopGrace);
    }
}
