package vn.dvk.kit.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import vn.dvk.kit.outbox.OutboxPublisher.Batch;

/**
 * Publishes the outbox to Kafka on a thread of its own: woken the moment a transaction that appended an
 * event commits (see {@link OutboxWakeUp}), and every poll interval in case a notification was missed. While
 * Kafka is away rows simply wait; a row acknowledged but not yet marked is published again, which the
 * consumers' inbox absorbs.
 */
@ApplicationScoped
@IfBuildProperty(name = "dvk.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxPublisher publisher;
    private final OutboxSettings settings;
    private final OutboxStatus status;
    /** A permit means "something may be waiting"; taken before reading, so a commit during a run causes another. */
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean stopping;
    private Thread thread;

    OutboxRelay(OutboxPublisher publisher, OutboxSettings settings, OutboxStatus status) {
        this.publisher = publisher;
        this.settings = settings;
        this.status = status;
    }

    void start(@Observes StartupEvent start) {
        thread = new Thread(this::run, "dvk-outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /** Something was committed: publish now. */
    public void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /** Graceful shutdown: no new batch starts, and the one under way may finish. */
    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        stopping = true;
        wake();
        if (thread != null) {
            thread.join(publisher.longestBatch().toMillis());
        }
    }

    private void run() {
        wake(); // rows left from before the start
        while (!stopping) {
            try {
                wakeUps.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                if (!stopping) {
                    publishWhatWaits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the database away, most likely: the rows stay and the next run tries again
                status.failed(e.toString());
                LOG.warnf("Outbox relay run failed, retrying in %s: %s", settings.pollInterval(), e);
            }
        }
    }

    /** Publishes batch after batch while they come back full and clean. */
    void publishWhatWaits() {
        Batch batch;
        do {
            batch = QuarkusTransaction.requiringNew()
                    .timeout((int) publisher.longestBatch().toSeconds())
                    .call(publisher::publishBatch);
            status.recordBatch(batch);
        } while (batch.mayHaveMore(settings.batchSize()) && !stopping);
        if (batch.locked() && batch.failure() == null && batch.read() < settings.batchSize()) {
            status.drained();
        }
    }
}
