package vn.dvk.kit.idempotency;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Forgets idempotency keys once a client can no longer be retrying them, in services that keep them: those that
 * set {@code dvk.idempotency.enabled=true} (at build time) and name {@code idempotency} in
 * {@code dvk.migrations.kit-modules}.
 */
@ApplicationScoped
@IfBuildProperty(name = "dvk.idempotency.enabled", stringValue = "true")
public class IdempotencyPruning {

    private static final Logger LOG = Logger.getLogger(IdempotencyPruning.class);

    private final EntityManager entityManager;
    private final Duration retention;

    IdempotencyPruning(EntityManager entityManager, IdempotencySettings settings) {
        this.entityManager = entityManager;
        this.retention = settings.retention();
    }

    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int deleted = forgetExpired();
            if (deleted > 0) {
                LOG.infof("Forgot %d idempotency keys older than %s", deleted, retention);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Idempotency key pruning failed, will try again: %s", e);
        }
    }

    /** Deletes the keys older than the retention; returns how many. */
    public int forgetExpired() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "delete from {h-schema}idempotent_request where created_at < now() - make_interval(secs => :retention)")
                .setParameter("retention", retention.toSeconds())
                .executeUpdate());
    }
}
