package vn.dvk.kit.idempotency;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Forgets idempotency keys once a client can no longer be retrying them (in services that keep them). */
@ApplicationScoped
@IfBuildProperty(name = "dvk.idempotency.enabled", stringValue = "true")
class IdempotencyPruning {

    private static final Logger LOG = Logger.getLogger(IdempotencyPruning.class);

    private final EntityManager entityManager;
    private final Duration retention;

    IdempotencyPruning(EntityManager entityManager,
            @ConfigProperty(name = "dvk.idempotency.retention", defaultValue = "24h") Duration retention) {
        this.entityManager = entityManager;
        this.retention = retention;
    }

    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                            "delete from {h-schema}idempotent_request where created_at < now() - make_interval(secs => :retention)")
                    .setParameter("retention", retention.toSeconds())
                    .executeUpdate());
            if (deleted > 0) {
                LOG.infof("Forgot %d idempotency keys older than %s", deleted, retention);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Idempotency key pruning failed, will try again: %s", e);
        }
    }
}
