package vn.dvk.kit.tracing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.Map;

/**
 * Tracing and JSON logs turned on as Kubernetes runs the services (the SDK enabled at run time, the console
 * writing JSON), spans exported to memory ({@link RecordedSpans}) without delay, and log lines also written as
 * JSON to a file the tests read.
 */
public class TracingProfile implements QuarkusTestProfile {

    /** Relative to the module, where surefire runs. */
    static final Path JSON_LOG = Path.of("target", "traced-test-log.json");

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.bsp.schedule.delay", "50ms",
                "quarkus.log.console.json.enabled", "true",
                "quarkus.log.file.enabled", "true",
                "quarkus.log.file.path", JSON_LOG.toString(),
                "quarkus.log.file.json.enabled", "true");
    }
}
