package vn.dvk.local.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dvk.local.LaunchOptions;

/** The gateway routes what deploy/k8s's Ingress routes, to the same service, and nothing else. */
class IngressRoutesTest {

    private final IngressRoutes routes = IngressRoutes.read(LaunchOptions.findRepoRoot(Path.of("")));

    @Test
    void eachApiGoesToTheServiceTheIngressNames() {
        assertEquals(Optional.of("registry-service"), routes.serviceFor("/api/v1/models"));
        assertEquals(Optional.of("registry-service"), routes.serviceFor("/api/v1/models/42/attachments"));
        assertEquals(Optional.of("registry-service"), routes.serviceFor("/api/v1/notifications/stream"));
        assertEquals(Optional.of("recognition-service"), routes.serviceFor("/api/v1/cases/42/actions"));
        assertEquals(Optional.of("recognition-service"), routes.serviceFor("/api/v1/audit"));
        assertEquals(Optional.of("reporting-service"), routes.serviceFor("/api/v1/reports/funnel"));
        assertEquals(Optional.of("reporting-service"), routes.serviceFor("/dashboard/"));
    }

    @Test
    void whatTheIngressDoesNotPublishIsNotRouted() {
        assertEquals(Optional.empty(), routes.serviceFor("/q/health/ready"));
        assertEquals(Optional.empty(), routes.serviceFor("/api/v1/dead-letters"));
        assertEquals(Optional.empty(), routes.serviceFor("/api/v1/projections/rebuild"));
        // a Prefix path matches whole elements: /api/v1/modelsX is not /api/v1/models
        assertEquals(Optional.empty(), routes.serviceFor("/api/v1/modelsX"));
        // the web app's own screens
        assertEquals(Optional.empty(), routes.serviceFor("/models/42"));
    }
}
