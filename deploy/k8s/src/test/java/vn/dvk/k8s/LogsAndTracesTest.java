package vn.dvk.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * On Kubernetes every service logs JSON, and the variables that say so (and that turn tracing on) name settings
 * the service kit really has: a variable naming a setting that does not exist, or one the kit's own default
 * overrides, would change nothing.
 */
class LogsAndTracesTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceWritesJsonLogLines(String overlay) {
        List<ObjectNode> docs = Kustomize.documents(overlay);
        for (String service : ServiceConfig.MODULES) {
            ObjectNode deployment = Docs.get(docs, "Deployment", service);
            assertEquals(Optional.of("true"), Policies.env(docs, deployment, "QUARKUS_LOG_CONSOLE_JSON_ENABLED"),
                    overlay + ": " + service);
        }
    }

    @Test
    void theVariablesNameTheKitsOwnSettingsWhoseDefaultsAreOff() {
        Map<String, String> shared = SuiteConfig.shared();
        assertEquals("false", setting(shared, "QUARKUS_LOG_CONSOLE_JSON_ENABLED"));
        assertEquals("true", setting(shared, "QUARKUS_OTEL_SDK_DISABLED"));
    }

    /** The value of the shared setting the environment variable overrides (Quarkus' mapping of names). */
    private static String setting(Map<String, String> shared, String variable) {
        List<String> named = shared.keySet().stream()
                .filter(key -> !key.startsWith("%"))
                .filter(key -> key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT).equals(variable))
                .toList();
        assertTrue(named.size() == 1, variable + " names no shared setting, or several: " + named);
        return shared.get(named.get(0));
    }
}
