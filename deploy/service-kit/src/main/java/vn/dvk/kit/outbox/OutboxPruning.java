package vn.dvk.kit.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.jboss.logging.Logger;
import vn.dvk.kit.time.Moments;

/**
 * Deletes published rows once they are older than the retention, a chunk per transaction so that a large
 * backlog of old rows never holds long locks. Unpublished rows are never touched.
 */
@ApplicationScoped
@IfBuildProperty(name = "dvk.outbox.enabled", stringValue = "true", enableIfMissing = true)
class OutboxPruning {

    private static final Logger LOG = Logger.getLogger(OutboxPruning.class);
    private static final int CHUNK = 5_000;

    private final EntityManager entityManager;
    private final OutboxSettings settings;
    private final Clock clock;

    OutboxPruning(EntityManager entityManager, OutboxSettings settings, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.settings = settings;
    }

    @Scheduled(every = "${dvk.outbox.prune-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            long deleted = prune();
            if (deleted > 0) {
                LOG.infof("Deleted %d published outbox events older than %s", deleted, settings.retention());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox pruning failed, will try again: %s", e);
        }
    }

    /** Deletes what is past the retention; returns how many rows went. */
    long prune() {
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                    delete from {h-schema}outbox_message where id in (
                        select id from {h-schema}outbox_message
                        where published_at < cast(:now as timestamptz) - make_interval(secs => :retention)
                        limit :chunk)""")
                    // published_at is the service clock's time (OutboxPublisher), so "past the retention" is too
                    .setParameter("now", Moments.utc(clock))
                    .setParameter("retention", settings.retention().toSeconds())
                    .setParameter("chunk", CHUNK)
                    .executeUpdate());
            total += deleted;
        } while (deleted == CHUNK);
        return total;
    }
}
