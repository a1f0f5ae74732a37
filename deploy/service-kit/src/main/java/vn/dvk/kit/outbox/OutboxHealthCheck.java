package vn.dvk.kit.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the outbox: always up, since requests are still served and their events kept while Kafka is
 * away, but marked degraded, with the backlog and its age, so that an operator sees it at a glance. (Taking the
 * service out of rotation would turn a Kafka outage into an outage of the whole API.)
 */
@Readiness
@ApplicationScoped
@IfBuildProperty(name = "dvk.outbox.enabled", stringValue = "true", enableIfMissing = true)
class OutboxHealthCheck implements HealthCheck {

    private final OutboxStatus status;

    OutboxHealthCheck(OutboxStatus status) {
        this.status = status;
    }

    @Override
    public HealthCheckResponse call() {
        String failure = status.lastFailure();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox").up()
                .withData("state", failure == null ? "publishing" : "degraded")
                .withData("backlog", status.backlog())
                .withData("oldestUnpublishedAgeSeconds", status.oldestAgeSeconds());
        if (failure != null) {
            response.withData("lastFailure", failure).withData("lastFailureAt", status.lastFailureAt().toString());
        }
        return response.build();
    }
}
