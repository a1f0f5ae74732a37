package vn.dvk.local.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dvk.local.LaunchOptions;

/** The gateway routes what deploy/k8s's Ingress routes, to the same service; the rest is the web app's. */
class IngressRoutesTest {

    /** The Service of the web app's static server in deploy/k8s (base/web/web-app.yaml). */
    private static final String WEB_APP = "web-app";

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
        // the operators' rebuild, which the web app's operations screen drives
        assertEquals(Optional.of("reporting-service"), routes.serviceFor("/api/v1/projections/rebuild"));
        // each service's dead letters under a root of its own, which the operations screen lists and replays
        assertEquals(Optional.of("registry-service"), routes.serviceFor("/api/v1/registry-dead-letters"));
        assertEquals(Optional.of("recognition-service"),
                routes.serviceFor("/api/v1/recognition-dead-letters/replay"));
        assertEquals(Optional.of("reporting-service"), routes.serviceFor("/api/v1/reporting-dead-letters"));
    }

    @Test
    void whatNoApiPathTakesIsTheWebApps() {
        // the app's own screens, its bundle and where it signs in: the Ingress's lowest-priority path /
        assertEquals(Optional.of(WEB_APP), routes.serviceFor("/models/42"));
        assertEquals(Optional.of(WEB_APP), routes.serviceFor("/admin/organisations"));
        assertEquals(Optional.of(WEB_APP), routes.serviceFor("/config.json"));
        assertEquals(Optional.of(WEB_APP), routes.serviceFor("/"));
        // what the Ingress does not publish reaches no service: health, Swagger UI
        assertEquals(Optional.of(WEB_APP), routes.serviceFor("/q/health/ready"));
        // a Prefix path matches whole elements: /api/v1/modelsX is not /api/v1/models
        assertEquals(Optional.of(WEB_APP), routes.serviceFor("/api/v1/modelsX"));
    }
}
