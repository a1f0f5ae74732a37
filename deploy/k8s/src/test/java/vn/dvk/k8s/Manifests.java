package vn.dvk.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The shared, lazily built validator and the overlays the tests render. */
final class Manifests {

    static final List<String> OVERLAYS = List.of("dev", "prod");

    private static SchemaValidator validator;

    private Manifests() {
    }

    static synchronized SchemaValidator validator() {
        var crds = Preconditions.crds();
        if (validator == null) {
            validator = SchemaValidator.load(crds);
        }
        return validator;
    }

    /** Every schema problem of every document. */
    static List<String> schemaProblems(List<ObjectNode> docs) {
        SchemaValidator v = validator();
        List<String> problems = new ArrayList<>();
        for (ObjectNode doc : docs) {
            problems.addAll(v.validate(doc));
        }
        return problems;
    }

    /** Every rule of Policies that holds in all environments. */
    static List<String> policyProblems(String rendered, List<ObjectNode> docs, List<ServiceConfig> services) {
        List<String> problems = new ArrayList<>();
        problems.addAll(Policies.deployments(docs, ServiceConfig.shutdownTimeout()));
        problems.addAll(Policies.sizing(docs));
        problems.addAll(Policies.backups(docs));
        problems.addAll(Policies.keycloak(docs));
        problems.addAll(Policies.keysInFiles(docs));
        problems.addAll(KafkaPolicies.kafkaTrust(docs, services));
        problems.addAll(Policies.defaultDeny(docs));
        problems.addAll(Policies.movingTagsPulled(docs));
        problems.addAll(KafkaPolicies.kafka(docs, services));
        problems.addAll(KafkaPolicies.replayableTopics(docs, services));
        problems.addAll(Policies.databases(docs, services));
        problems.addAll(Policies.networkPolicies(docs, services));
        problems.addAll(Policies.ingress(docs, services));
        problems.addAll(Policies.publicAddresses(docs, services));
        problems.addAll(Policies.ingressLimits(docs, services));
        problems.addAll(EdgePolicies.keycloakRoutes(docs));
        problems.addAll(EdgePolicies.demoRealmOnlyOnPrivateHosts(docs));
        problems.addAll(Policies.uploadRoom(docs, services));
        problems.addAll(Policies.placeholders(rendered));
        return problems;
    }

    /**
     * The monitoring's rules (alerts, dashboards, scraping), with the namespace Prometheus runs in (the
     * overlay's MONITORING_NAMESPACE).
     */
    static List<String> monitoringProblems(List<ObjectNode> docs, String monitoringNamespace) {
        Metrics.Suite suite = Metrics.suite();
        String runbook = Monitoring.alertsMarkdown();
        List<String> problems = new ArrayList<>(suite.problems());
        problems.addAll(Monitoring.alerts(docs, runbook, suite));
        problems.addAll(Monitoring.dashboards(docs, runbook, suite));
        problems.addAll(Monitoring.scraping(docs, monitoringNamespace));
        return problems;
    }

    /** The rules for production on top of the others. */
    static List<String> productionProblems(List<ObjectNode> docs) {
        List<String> problems = new ArrayList<>(KafkaPolicies.kafkaHistory(docs, ServiceConfig.all()));
        problems.addAll(Policies.autoscaling(docs));
        problems.addAll(Policies.pinnedImages(docs));
        problems.addAll(KafkaPolicies.kafkaHighAvailability(docs));
        problems.addAll(Policies.databaseHighAvailability(docs));
        return problems;
    }
}
