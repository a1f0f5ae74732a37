package vn.dvk.kit.failure;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Does work again after temporary failures (a database switching over, a lock timeout, Kafka away), waiting
 * longer each time, for as long as it takes: what must not be skipped is not skipped. A permanent failure is
 * thrown at once. When the service shuts down the waiting stops with {@link Stopping}, leaving the work undone
 * for the next start.
 */
@ApplicationScoped
public class Retries {

    private static final Logger LOG = Logger.getLogger(Retries.class);
    private static final Duration FIRST_DELAY = Duration.ofMillis(200);
    private static final Duration LONGEST_DELAY = Duration.ofSeconds(10);
    /** After the first warning, one in this many attempts is logged: an outage must not flood the log. */
    private static final int LOG_EVERY = 10;

    private final CountDownLatch shutdown = new CountDownLatch(1);
    private final Pause pause;

    /** Waits between attempts: a seam, so that the retry rule is tested without waiting. */
    interface Pause {
        /** Waits for the delay; true when the service began shutting down meanwhile. */
        boolean waitOrStop(Duration delay);
    }

    public Retries() {
        this.pause = this::waitOrStop;
    }

    Retries(Pause pause) {
        this.pause = pause;
    }

    /** Thrown instead of waiting again once the service is shutting down. */
    public static class Stopping extends RuntimeException {
        Stopping(String what, Throwable lastFailure) {
            super("Shutting down before " + what + " succeeded", lastFailure);
        }
    }

    /**
     * @param what names the work in log lines
     * @param onRetry called before each new attempt (to count retries, say)
     */
    public <T> T attempt(String what, Supplier<T> work, Runnable onRetry) {
        Duration delay = FIRST_DELAY;
        for (int attempt = 1; ; attempt++) {
            try {
                T result = work.get();
                if (attempt > 1) {
                    LOG.infof("%s succeeded after %d attempts", what, attempt);
                }
                return result;
            } catch (RuntimeException e) {
                if (!Failures.kindOf(e).isTransient()) {
                    throw e;
                }
                if (attempt == 1 || attempt % LOG_EVERY == 0) {
                    LOG.warnf("%s failed for now (attempt %d), trying again in %d ms: %s", what, attempt,
                            delay.toMillis(), e);
                }
                if (pause.waitOrStop(jittered(delay))) {
                    throw new Stopping(what, e);
                }
                onRetry.run();
                delay = delay.multipliedBy(2).compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay.multipliedBy(2);
            }
        }
    }

    void onShutdown(@Observes ShutdownEvent event) {
        shutdown.countDown();
    }

    /** Waits for the delay; true when the service began shutting down meanwhile. */
    private boolean waitOrStop(Duration delay) {
        try {
            return shutdown.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** ±20 %, so that replicas hit by the same outage do not all come back in the same millisecond. */
    private static Duration jittered(Duration delay) {
        long millis = delay.toMillis();
        return Duration.ofMillis(millis + ThreadLocalRandom.current().nextLong(-millis / 5, millis / 5 + 1));
    }
}
