package vn.dvk.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every overlay renders with kubectl's kustomize, every document is valid as strictly as the API server's
 * strict field validation would have it, and the suite's rules hold.
 */
class OverlayValidationTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    /** components/history-mirror, which only prod lists, and the site setting it reads. */
    private static final Set<String> PROD_ONLY = Set.of("KafkaMirrorMaker2/dvk-history",
            "KafkaUser/dvk-history-mirror", "HISTORY_BOOTSTRAP_SERVERS");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyDocumentIsValidAgainstItsSchema(String overlay) {
        List<ObjectNode> docs = Kustomize.documents(overlay);
        assertFalse(docs.isEmpty(), overlay + " renders nothing");
        assertEquals(List.of(), Manifests.schemaProblems(docs));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theSuitesRulesHold(String overlay) {
        assertEquals(List.of(), Manifests.policyProblems(Kustomize.render(overlay), Kustomize.documents(overlay),
                ServiceConfig.all()));
    }

    @Test
    void productionIsHighlyAvailableAndAutoscaled() {
        assertEquals(List.of(), Manifests.productionProblems(Kustomize.documents("prod")));
    }

    @Test
    void developmentRunsOneReplicaOfEverything() {
        List<ObjectNode> docs = Kustomize.documents("dev");
        for (ObjectNode deployment : Docs.ofKind(docs, "Deployment")) {
            assertEquals(1, deployment.path("spec").path("replicas").asInt(), Docs.id(deployment));
        }
        for (ObjectNode db : Docs.ofKind(docs, "Cluster")) {
            assertEquals(1, db.path("spec").path("instances").asInt(), Docs.id(db));
        }
        assertTrue(Docs.ofKind(docs, "HorizontalPodAutoscaler").isEmpty(), "no autoscaling in dev");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void bothOverlaysHaveTheSameResources(String overlay) {
        // prod adds autoscalers and the copy of the event history (which needs a second Kafka cluster) and
        // nothing else: what dev tests, prod runs
        Set<String> dev = ids(Kustomize.documents("dev"));
        Set<String> other = ids(Kustomize.documents(overlay));
        other.removeIf(id -> id.startsWith("HorizontalPodAutoscaler/") || PROD_ONLY.contains(id));
        assertEquals(dev, other);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everySiteSettingReachesTheManifests(String overlay) {
        var site = Site.values(overlay);
        Set<String> prodSettings = new TreeSet<>(Site.values("prod").keySet());
        Set<String> settings = new TreeSet<>(site.keySet());
        prodSettings.removeAll(PROD_ONLY);
        settings.removeAll(PROD_ONLY);
        assertEquals(prodSettings, settings, "the overlays' site.env name different settings");
        String rendered = Kustomize.render(overlay);
        site.forEach((key, value) -> {
            assertTrue(rendered.contains(value), key + "=" + value + " from overlays/" + overlay
                    + "/site.env appears nowhere in the rendered manifests");
        });
    }

    @Test
    void streamsEndAsShutdownBeginsNotAtItsTimeout() {
        // OpenStreams ends the server-sent event streams on ShutdownDelayInitiatedEvent, which Quarkus fires only
        // with this build setting: without it every stopping pod would hold its streams for the whole graceful
        // wait (quarkus.shutdown.timeout) of its termination grace period
        assertEquals("true", SuiteConfig.shared().get("quarkus.shutdown.delay-enabled"));
    }

    @Test
    void everyKindRenderedHasASchema() {
        // guards against a kind silently skipping validation: each is either built in or described
        SchemaValidator validator = Manifests.validator();
        Set<String> custom = validator.customKinds();
        for (String overlay : OVERLAYS) {
            for (ObjectNode doc : Kustomize.documents(overlay)) {
                String apiVersion = doc.path("apiVersion").asText();
                if (apiVersion.contains(".") && !apiVersion.contains(".k8s.io/")) {
                    assertTrue(custom.contains(apiVersion + "/" + Docs.kind(doc)), Docs.id(doc) + " has no schema");
                }
            }
        }
    }

    private static Set<String> ids(List<ObjectNode> docs) {
        return docs.stream().map(d -> Docs.kind(d) + "/" + Docs.name(d).replaceAll("-[a-z0-9]{10}$", ""))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
