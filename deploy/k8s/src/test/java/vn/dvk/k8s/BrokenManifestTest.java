package vn.dvk.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The checks catch what they are for: each test breaks one thing in a copy of the rendered prod overlay
 * and expects exactly the problem it introduced (the unbroken copy has none, see OverlayValidationTest).
 */
class BrokenManifestTest {

    private final List<ObjectNode> docs = Kustomize.documents("prod");

    // ------------------------------------------------------------------------------ schema validation

    @Test
    void unknownFieldInADeploymentIsRejected() {
        spec("Deployment", "registry-service").put("replcas", 2);
        assertProblem(Manifests.schemaProblems(docs), p -> p.contains("Deployment/registry-service")
                && p.contains("replcas"));
    }

    @Test
    void unknownFieldDeepInAPodTemplateIsRejected() {
        ObjectNode container = (ObjectNode) Docs.at(spec("Deployment", "recognition-service"),
                "template", "spec", "containers", 0);
        ((ObjectNode) container.path("readinessProbe")).put("periodSecond", 5);
        assertProblem(Manifests.schemaProblems(docs), p -> p.contains("periodSecond"));
    }

    @Test
    void missingRequiredFieldOfABuiltInKindIsRejected() {
        ((ObjectNode) Docs.at(spec("Deployment", "registry-service"), "template", "spec", "containers", 0))
                .remove("name");
        assertProblem(Manifests.schemaProblems(docs), p -> p.contains("Deployment/registry-service")
                && p.contains("name"));
    }

    @Test
    void unknownFieldInAKafkaTopicIsRejected() {
        spec("KafkaTopic", "registry.model-events").put("partitionz", 12);
        assertProblem(Manifests.schemaProblems(docs), p -> p.contains("KafkaTopic/registry.model-events")
                && p.contains("partitionz"));
    }

    @Test
    void zookeeperIsNotPartOfStrimzisV1Api() {
        spec("Kafka", "dvk-kafka").putObject("zookeeper").put("replicas", 3);
        assertProblem(Manifests.schemaProblems(docs), p -> p.contains("Kafka/dvk-kafka") && p.contains("zookeeper"));
    }

    @Test
    void wrongTypeAndUnknownEnumInAKafkaUserAreRejected() {
        ObjectNode acl = (ObjectNode) Docs.at(spec("KafkaUser", "reporting-service"), "authorization", "acls", 0);
        ((ArrayNode) acl.path("operations")).add("Everything");
        assertProblem(Manifests.schemaProblems(docs), p -> p.contains("KafkaUser/reporting-service"));
    }

    @Test
    void unknownFieldInACloudNativePgClusterIsRejected() {
        ((ObjectNode) spec("Cluster", "registry-db").path("storage")).put("sise", "1Gi");
        assertProblem(Manifests.schemaProblems(docs), p -> p.contains("Cluster/registry-db") && p.contains("sise"));
    }

    @Test
    void deprecatedInTreeBarmanBackupNeedsItsRequiredFields() {
        // the built-in barmanObjectStore is deprecated in favour of the plugin; half a configuration is invalid
        spec("Cluster", "reporting-db").putObject("backup").putObject("barmanObjectStore").put("endpointURL", "x");
        assertProblem(Manifests.schemaProblems(docs), p -> p.contains("Cluster/reporting-db")
                && p.contains("destinationPath"));
    }

    @Test
    void unknownFieldInAnObjectStoreIsRejected() {
        ((ObjectNode) spec("ObjectStore", "dvk-backups").path("configuration")).put("bucket", "x");
        assertProblem(Manifests.schemaProblems(docs), p -> p.contains("ObjectStore/dvk-backups") && p.contains("bucket"));
    }

    @Test
    void unknownFieldInTheKeycloakResourceIsRejected() {
        ((ObjectNode) spec("Keycloak", "dvk-keycloak").path("hostname")).put("hostnam", "x");
        assertProblem(Manifests.schemaProblems(docs), p -> p.contains("Keycloak/dvk-keycloak") && p.contains("hostnam"));
    }

    @Test
    void realmImportWithoutItsKeycloakIsRejected() {
        spec("KeycloakRealmImport", "dvk-realm").remove("keycloakCRName");
        assertProblem(Manifests.schemaProblems(docs), p -> p.contains("KeycloakRealmImport/dvk-realm")
                && p.contains("keycloakCRName"));
    }

    @Test
    void unknownFieldInCustomResourceMetadataIsRejected() {
        ((ObjectNode) Docs.get(docs, "KafkaTopic", "recognition.case-events").path("metadata")).put("lables", "x");
        assertProblem(Manifests.schemaProblems(docs), p -> p.contains("KafkaTopic/recognition.case-events")
                && p.contains("lables"));
    }

    @Test
    void customResourceOfAnUnknownVersionIsRejected() {
        Docs.get(docs, "KafkaTopic", "recognition.case-events").put("apiVersion", "kafka.strimzi.io/v1beta2");
        assertProblem(Manifests.schemaProblems(docs), p -> p.contains("no CRD describes kafka.strimzi.io/v1beta2"));
    }

    // --------------------------------------------------------------------------------------- policies

    @Test
    void missingProbeIsCaught() {
        container("Deployment", "reporting-service").remove("readinessProbe");
        assertProblem(policies(), p -> p.contains("Deployment/reporting-service") && p.contains("no readinessProbe"));
    }

    @Test
    void probeOnTheWrongEndpointIsCaught() {
        ((ObjectNode) container("Deployment", "registry-service").path("livenessProbe").path("httpGet"))
                .put("path", "/q/health/ready");
        assertProblem(policies(), p -> p.contains("livenessProbe must be an HTTP GET of /q/health/live"));
    }

    @Test
    void missingLimitIsCaught() {
        ((ObjectNode) container("Deployment", "registry-service").path("resources").path("limits")).remove("memory");
        assertProblem(policies(), p -> p.contains("no memory limits"));
    }

    @Test
    void writableRootFilesystemAndRootUserAreCaught() {
        ObjectNode security = (ObjectNode) container("Deployment", "recognition-service").path("securityContext");
        security.put("readOnlyRootFilesystem", false);
        security.put("runAsUser", 0);
        List<String> problems = policies();
        assertProblem(problems, p -> p.contains("root filesystem must be read-only"));
        assertProblem(problems, p -> p.contains("must not run as user 0"));
    }

    @Test
    void capabilitiesKeptAreCaught() {
        ((ObjectNode) container("Deployment", "recognition-service").path("securityContext")).remove("capabilities");
        assertProblem(policies(), p -> p.contains("must drop all capabilities"));
    }

    @Test
    void missingPodDisruptionBudgetIsCaught() {
        docs.remove(Docs.get(docs, "PodDisruptionBudget", "reporting-service"));
        assertProblem(policies(), p -> p.contains("Deployment/reporting-service: no PodDisruptionBudget"));
    }

    @Test
    void shortGracePeriodIsCaught() {
        ((ObjectNode) Docs.at(spec("Deployment", "registry-service"), "template", "spec"))
                .put("terminationGracePeriodSeconds", 60);
        assertProblem(policies(), p -> p.contains("terminationGracePeriodSeconds 60 must exceed"));
    }

    @Test
    void topicWithoutAclIsCaught() {
        removeAcl("registry-service", "topic", "registry.model-events");
        assertProblem(policies(), p -> p.contains("KafkaUser/registry-service")
                && p.contains("no ACL for topic registry.model-events"));
    }

    @Test
    void consumerGroupWithoutAclIsCaught() {
        removeAcl("reporting-service", "group", "reporting-service");
        assertProblem(policies(), p -> p.contains("no ACL for group reporting-service"));
    }

    @Test
    void aclBeyondTheConfigurationIsCaught() {
        ObjectNode acl = ((ArrayNode) Docs.at(spec("KafkaUser", "reporting-service"), "authorization", "acls"))
                .addObject();
        acl.putObject("resource").put("type", "topic").put("name", "registry.model-events").put("patternType",
                "literal");
        acl.putArray("operations").add("Write");
        assertProblem(policies(), p -> p.contains("KafkaUser/reporting-service")
                && p.contains("topic registry.model-events grants [Describe, Read, Write]"));
    }

    @Test
    void prefixedAclIsCaught() {
        ObjectNode acl = ((ArrayNode) Docs.at(spec("KafkaUser", "recognition-service"), "authorization", "acls"))
                .addObject();
        acl.putObject("resource").put("type", "topic").put("name", "registry.").put("patternType", "prefix");
        acl.putArray("operations").add("Read");
        assertProblem(policies(), p -> p.contains("prefixed ACL on registry."));
    }

    @Test
    void topicWithoutKafkaTopicIsCaught() {
        docs.remove(Docs.get(docs, "KafkaTopic", "recognition.case-events"));
        assertProblem(policies(), p -> p.contains("uses topic recognition.case-events, which has no KafkaTopic"));
    }

    @Test
    void aTopicAddedToAServicesConfigurationNeedsItsKafkaTopicAndAcl() {
        // as if registry-service's application.properties gained a channel for a new topic
        Map<String, String> config = new TreeMap<>(SuiteConfig.shared());
        config.putAll(ServiceConfig.ownProperties("registry-service"));
        config.put("mp.messaging.outgoing.audit.connector", "smallrye-kafka");
        config.put("mp.messaging.outgoing.audit.topic", "registry.audit-events");
        List<ServiceConfig> services = new ArrayList<>(ServiceConfig.all());
        services.set(0, ServiceConfig.from(config));
        List<String> problems = KafkaPolicies.kafka(docs, services);
        assertProblem(problems, p -> p.contains("uses topic registry.audit-events, which has no KafkaTopic"));
        assertProblem(problems, p -> p.contains("no ACL for topic registry.audit-events"));
    }

    @Test
    void eventTopicWithLimitedRetentionIsCaught() {
        ((ObjectNode) spec("KafkaTopic", "registry.model-events").path("config")).put("retention.ms", 604800000L);
        assertProblem(policies(), p -> p.contains("reporting rebuilds from this topic"));
    }

    @Test
    void serviceOnAnotherServicesDatabaseIsCaught() {
        ObjectNode cm = Docs.ofKind(docs, "ConfigMap").stream()
                .filter(c -> Docs.name(c).startsWith("reporting-service-")).findFirst().orElseThrow();
        ((ObjectNode) cm.path("data")).put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://registry-db-rw:5432/registry");
        assertProblem(policies(), p -> p.contains("Deployment/reporting-service: QUARKUS_DATASOURCE_JDBC_URL"));
    }

    @Test
    void serviceRunningAsTheSchemasOwnerIsCaught() {
        // the finding: with the owner's password in the service's container, the audit trail's append-only
        // triggers could be disabled with the pod's credentials
        for (JsonNode env : Docs.each(container("Deployment", "recognition-service").path("env"))) {
            if (env.path("name").asText().startsWith("QUARKUS_DATASOURCE_")) {
                ((ObjectNode) Docs.at(env, "valueFrom", "secretKeyRef")).put("name", "recognition-db-app");
            }
        }
        assertProblem(policies(), p -> p.contains("Deployment/recognition-service: QUARKUS_DATASOURCE_USERNAME must"
                + " come from the Secret recognition-db-runtime"));
        assertProblem(policies(), p -> p.contains("container recognition-service must not see the Secret"
                + " recognition-db-app"));
    }

    @Test
    void serviceMigratingItselfIsCaught() {
        ((ObjectNode) Docs.at(spec("Deployment", "registry-service"), "template", "spec")).remove("initContainers");
        assertProblem(policies(), p -> p.contains("Deployment/registry-service: one init container, migrate"));
        ArrayNode env = (ArrayNode) container("Deployment", "reporting-service").path("env");
        for (int i = env.size() - 1; i >= 0; i--) {
            if ("QUARKUS_FLYWAY_MIGRATE_AT_START".equals(env.get(i).path("name").asText())) {
                env.remove(i);
            }
        }
        assertProblem(policies(), p -> p.contains("Deployment/reporting-service: QUARKUS_FLYWAY_MIGRATE_AT_START"));
    }

    @Test
    void runtimeRoleNotManagedByTheClusterIsCaught() {
        spec("Cluster", "registry-db").remove("managed");
        assertProblem(policies(), p -> p.contains("registry-db: no managed login role"));
    }

    @Test
    void databaseWithoutScheduledBackupIsCaught() {
        docs.remove(Docs.get(docs, "ScheduledBackup", "recognition-db-daily"));
        assertProblem(policies(), p -> p.contains("Cluster/recognition-db: no ScheduledBackup"));
    }

    @Test
    void databaseOpenToEveryNamespaceIsCaught() {
        ObjectNode rule = (ObjectNode) Docs.at(spec("NetworkPolicy", "registry-db"), "ingress", 0);
        ((ArrayNode) rule.path("from")).addObject().putObject("namespaceSelector");
        assertProblem(policies(), p -> p.contains("Cluster/registry-db: PostgreSQL reachable from"));
    }

    @Test
    void serviceWithoutEgressPolicyIsCaught() {
        ArrayNode types = (ArrayNode) spec("NetworkPolicy", "recognition-service").path("policyTypes");
        for (Iterator<JsonNode> it = types.elements(); it.hasNext();) {
            if (it.next().asText().equals("Egress")) {
                it.remove();
            }
        }
        assertProblem(policies(), p -> p.contains("recognition-service: needs a NetworkPolicy restricting both"));
    }

    @Test
    void apiRootWithoutRouteIsCaught() {
        ArrayNode paths = (ArrayNode) Docs.at(spec("Ingress", "dvk-api"), "rules", 0, "http", "paths");
        for (Iterator<JsonNode> it = paths.elements(); it.hasNext();) {
            if (it.next().path("path").asText().equals("/api/v1/reports")) {
                it.remove();
            }
        }
        assertProblem(policies(), p -> p.contains("reporting-service serves /api/v1/reports"));
    }

    @Test
    void theRebuildRoutedElsewhereIsCaught() {
        // the web app's operations screen drives reporting's rebuild: published, but to reporting-service alone
        retargetApiRoute("/api/v1/projections", "registry-service");
        assertProblem(policies(), p -> p.contains("the operators' /api/v1/projections is not routed to "
                + "reporting-service"));
    }

    @Test
    void aServiceBehindTheAppsPathIsCaught() {
        // / is the web app's static server; given to a service, it would publish the service's operators'
        // endpoints by a path other than their own
        retargetApiRoute("/", "recognition-service");
        assertProblem(policies(), p -> p.contains("the operators' /api/v1/recognition-dead-letters is published by "
                + "an Ingress (/)"));
    }

    @Test
    void aServicesDeadLettersRoutedToAnotherServiceAreCaught() {
        // the operations screen lists each service's letters by its own root: sent elsewhere, the registry's
        // letters would be another service's (or none)
        retargetApiRoute("/api/v1/registry-dead-letters", "recognition-service");
        assertProblem(policies(), p -> p.contains("the operators' /api/v1/registry-dead-letters is not routed to "
                + "registry-service"));
    }

    @Test
    void theKitsDeadLettersUnderABroaderRouteAreCaught() {
        // served by every service from the kit's jar in its image's lib/main, by a subclass in its own classes
        routeOnTheApiIngress("/api/v1", "registry-service");
        assertProblem(policies(), p -> p.contains("the operators' /api/v1/registry-dead-letters is published by "
                + "an Ingress (/api/v1)"));
    }

    /** The API Ingress's route of this path sent to another Service. */
    private void retargetApiRoute(String path, String service) {
        for (JsonNode route : Docs.at(spec("Ingress", "dvk-api"), "rules", 0, "http", "paths")) {
            if (route.path("path").asText().equals(path)) {
                ((ObjectNode) route.path("backend").path("service")).put("name", service);
            }
        }
    }

    private void routeOnTheApiIngress(String path, String service) {
        ArrayNode paths = (ArrayNode) Docs.at(spec("Ingress", "dvk-api"), "rules", 0, "http", "paths");
        ObjectNode route = paths.get(0).deepCopy();
        route.put("path", path);
        ((ObjectNode) route.path("backend").path("service")).put("name", service);
        paths.add(route);
    }

    @Test
    void keycloakPublishedWholeIsCaught() {
        // the finding: /realms routed wholesale, the master realm's token endpoint included
        ObjectNode route = (ObjectNode) Docs.at(spec("Ingress", "dvk-keycloak"), "rules", 0, "http", "paths", 0);
        route.put("path", "/realms");
        ArrayNode paths = (ArrayNode) Docs.at(spec("Ingress", "dvk-keycloak"), "rules", 0, "http", "paths");
        ObjectNode admin = route.deepCopy().put("path", "/admin");
        paths.add(admin);
        List<String> problems = policies();
        assertProblem(problems, p -> p.contains("/realms publishes /realms/master"));
        assertProblem(problems, p -> p.contains("/admin publishes /admin"));
    }

    @Test
    void demoUsersPasswordGrantOrSecretOnAPublicHostAreCaught() {
        ObjectNode realm = (ObjectNode) spec("KeycloakRealmImport", "dvk-realm").path("realm");
        ((ArrayNode) realm.withArray("users")).addObject().put("username", "province.admin");
        ((ObjectNode) Docs.list(realm.path("clients")).get(0)).put("directAccessGrantsEnabled", true);
        ((ObjectNode) Docs.list(realm.path("clients")).get(0)).put("secret", "dvk-ops-demo-secret");
        List<String> problems = policies();
        assertProblem(problems, p -> p.contains("the user province.admin is imported into a realm served on"));
        assertProblem(problems, p -> p.contains("takes the password grant on"));
        assertProblem(problems, p -> p.contains("has a secret from the repository on"));
    }

    @Test
    void aTmpTooSmallForTheUploadsAtOnceIsCaught() {
        // the finding: 512Mi of /tmp with no bound on uploads at once; now bounded, the volume must hold them
        for (JsonNode volume : Docs.each(Docs.at(spec("Deployment", "registry-service"), "template", "spec", "volumes"))) {
            if ("tmp".equals(volume.path("name").asText())) {
                ((ObjectNode) volume.path("emptyDir")).put("sizeLimit", "128Mi");
            }
        }
        assertProblem(policies(), p -> p.contains("Deployment/registry-service: /tmp holds 128Mi"));
    }

    @Test
    void certificatesPointingAtAnUnroutedHostAreCaught() {
        // the finding: QR codes printed with a host that no Ingress serves
        ObjectNode config = (ObjectNode) Docs.find(docs, "ConfigMap", "recognition-service").orElseGet(() ->
                docs.stream().filter(d -> Docs.kind(d).equals("ConfigMap")
                        && Docs.name(d).startsWith("recognition-service")).findFirst().orElseThrow());
        ((ObjectNode) config.path("data")).put("DVK_PUBLIC_URL", "https://app.dvk.an-giang.example");
        assertProblem(policies(), p -> p.contains("certificates print https://app.dvk.an-giang.example"));
    }

    @Test
    void dashboardSigningInAtTheInClusterIssuerIsCaught() {
        ObjectNode config = docs.stream().filter(d -> Docs.kind(d).equals("ConfigMap")
                && Docs.name(d).startsWith("reporting-service")).findFirst().orElseThrow();
        ((ObjectNode) config.path("data")).remove("DVK_WEB_ISSUER");
        ArrayNode redirects = (ArrayNode) Docs.list(Docs.at(spec("KeycloakRealmImport", "dvk-realm"), "realm",
                "clients")).get(0).path("redirectUris");
        redirects.removeAll().add("https://app.dvk.an-giang.example/*");
        List<String> problems = policies();
        assertProblem(problems, p -> p.startsWith("the dashboard signs in at"));
        assertProblem(problems, p -> p.contains("does not let the dashboard at https://api.dvk.an-giang.example"));
    }

    @Test
    void ingressRefusingEvidenceUploadsOrBufferingStreamsIsCaught() {
        // ingress-nginx's defaults: 1 MB bodies, buffered responses, 60 s read timeout
        ObjectNode annotations = (ObjectNode) Docs.get(docs, "Ingress", "dvk-api").path("metadata")
                .path("annotations");
        annotations.removeAll();
        List<String> problems = policies();
        assertProblem(problems, p -> p.contains("takes bodies up to 1048576 bytes, registry-service accepts 11M"));
        assertProblem(problems, p -> p.contains("server-sent events would wait in the proxy"));
        assertProblem(problems, p -> p.contains("proxy-read-timeout 60 s"));
    }

    @Test
    void databaseShutToItsOperatorOnPostgresIsCaught() {
        // the finding: the operator was admitted on 8000 only, so it could not manage roles or switch over
        ObjectNode policy = Docs.get(docs, "NetworkPolicy", "reporting-db");
        for (JsonNode rule : Docs.each(policy.path("spec").path("ingress"))) {
            if (!rule.path("ports").isArray()) {
                continue;
            }
            for (Iterator<JsonNode> it = rule.path("ports").elements(); it.hasNext();) {
                if (it.next().path("port").asText().equals("5432") && Docs.list(rule.path("from")).stream()
                        .anyMatch(from -> from.has("namespaceSelector"))) {
                    it.remove();
                }
            }
        }
        assertProblem(policies(), p -> p.contains("Cluster/reporting-db: the CloudNativePG operator must reach"));
    }

    @Test
    void serviceDeafToNodeLocalDnsIsCaught() {
        ObjectNode policy = Docs.get(docs, "NetworkPolicy", "registry-service");
        for (JsonNode rule : Docs.each(policy.path("spec").path("egress"))) {
            for (Iterator<JsonNode> it = ((ArrayNode) rule.path("to")).elements(); it.hasNext();) {
                if (it.next().has("ipBlock")) {
                    it.remove();
                }
            }
        }
        assertProblem(policies(), p -> p.contains("registry-service: DNS (ipBlock=169.254.20.10/32)"));
    }

    @Test
    void kafkaNodesFreeToShareAWorkerOrZoneAreCaught() {
        spec("KafkaNodePool", "dual-role").remove("template");
        ((ObjectNode) spec("Kafka", "dvk-kafka").path("kafka")).remove("rack");
        List<String> problems = Manifests.productionProblems(docs);
        assertProblem(problems, p -> p.contains("KafkaNodePool/dual-role: needs required pod anti-affinity"));
        assertProblem(problems, p -> p.contains("Kafka/dvk-kafka: no rack awareness"));
    }

    @Test
    void autoscalingOnNoiseAndAHeapCrowdingItsLimitAreCaught() {
        // the findings: 100m requests under a 70 % target; the image's 80 % heap in a 512 MiB limit
        ObjectNode requests = (ObjectNode) container("Deployment", "reporting-service").path("resources")
                .path("requests");
        requests.put("cpu", "100m");
        ObjectNode config = docs.stream().filter(d -> Docs.kind(d).equals("ConfigMap")
                && Docs.name(d).startsWith("dvk-services")).findFirst().orElseThrow();
        ((ObjectNode) config.path("data")).put("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=80");
        assertProblem(Manifests.productionProblems(docs),
                p -> p.contains("HorizontalPodAutoscaler/reporting-service: scales out at 70m"));
        assertProblem(policies(), p -> p.contains("Deployment/registry-service: a 409 MiB heap in a 512 MiB limit"));
    }

    @Test
    void backupsInTheWorkingDayOrIntoASharedArchiveAreCaught() {
        // the findings: 01:00 UTC is 08:00 in Vietnam; the default serverName is the cluster's name whatever
        // its major, so an upgraded cluster would write into the old major's archive
        spec("ScheduledBackup", "registry-db-daily").put("schedule", "0 0 1 * * *");
        ObjectNode parameters = (ObjectNode) Docs.at(spec("Cluster", "recognition-db"), "plugins", 0, "parameters");
        parameters.remove("serverName");
        List<String> problems = policies();
        assertProblem(problems, p -> p.contains("ScheduledBackup/registry-db-daily: runs at 08:00"));
        assertProblem(problems, p -> p.contains("Cluster/recognition-db: archives under ''"));
    }

    @Test
    void keycloakStoppedWholeOnUpdatesOrDrainsIsCaught() {
        ((ObjectNode) spec("Keycloak", "dvk-keycloak")).remove("update");
        docs.remove(Docs.get(docs, "PodDisruptionBudget", "dvk-keycloak"));
        List<String> problems = policies();
        assertProblem(problems, p -> p.contains("Keycloak/dvk-keycloak: the update strategy RecreateOnImageChange"));
        assertProblem(problems, p -> p.contains("Keycloak/dvk-keycloak: no PodDisruptionBudget"));
    }

    @Test
    void productionOnSnapshotsOrFloatingTagsIsCaught() {
        // the findings: 1.0.0-SNAPSHOT with IfNotPresent, PostgreSQL on a floating tag, Keycloak unpinned
        container("Deployment", "registry-service").put("image", "ghcr.io/dvk-province/registry-service:1.0.0-SNAPSHOT");
        spec("Cluster", "registry-db").put("imageName", "ghcr.io/cloudnative-pg/postgresql:17-standard-trixie");
        spec("Keycloak", "dvk-keycloak").remove("image");
        List<String> problems = Manifests.productionProblems(docs);
        assertProblem(problems, p -> p.startsWith("Deployment/registry-service/registry-service: image ghcr.io"));
        assertProblem(problems, p -> p.startsWith("Cluster/registry-db: image ghcr.io/cloudnative-pg/postgresql:17-"));
        assertProblem(problems, p -> p.startsWith("Keycloak/dvk-keycloak: image  is not"));
        assertProblem(policies(), p -> p.contains("registry-service:1.0.0-SNAPSHOT is a tag pulled IfNotPresent"));
    }

    @Test
    void aPrivateKeyInTheEnvironmentIsCaught() {
        // the finding: the signing key came from a secretKeyRef environment variable
        ArrayNode env = (ArrayNode) container("Deployment", "recognition-service").path("env");
        env.addObject().put("name", "DVK_CERTIFICATES_SIGNING_KEY").putObject("valueFrom").putObject("secretKeyRef")
                .put("name", "recognition-certificates").put("key", "signing-key");
        ObjectNode pod = (ObjectNode) spec("Deployment", "recognition-service").path("template").path("spec");
        ((ArrayNode) pod.path("volumes")).removeIf(v -> v.path("name").asText().equals("certificate-keys"));
        List<String> problems = policies();
        assertProblem(problems, p -> p.contains("DVK_CERTIFICATES_SIGNING_KEY puts a key in the environment"));
        assertProblem(problems, p -> p.contains("the certificate keys must be mounted"));
    }

    @Test
    void historyLeftInTheClusterIsCaught() {
        ObjectNode copy = (ObjectNode) Docs.at(spec("KafkaMirrorMaker2", "dvk-history"), "mirrors", 0);
        copy.put("topicsPattern", "registry\\.model-events");
        ((ObjectNode) copy.path("sourceConnector").path("config")).remove("replication.policy.class");
        List<String> problems = Manifests.productionProblems(docs);
        assertProblem(problems, p -> p.contains("does not copy recognition.case-events"));
        assertProblem(problems, p -> p.contains("must keep the topics' names"));
        docs.remove(Docs.get(docs, "KafkaMirrorMaker2", "dvk-history"));
        assertProblem(Manifests.productionProblems(docs), p -> p.contains("has no copy outside the cluster"));
    }

    @Test
    void trustingOnlyTheCurrentKafkaCaIsCaught() {
        // the finding: only ca.crt was projected, so a pod restarted during a CA key replacement trusted one CA
        ObjectNode pod = (ObjectNode) spec("Deployment", "reporting-service").path("template").path("spec");
        for (JsonNode volume : Docs.each(pod.path("volumes"))) {
            if (volume.path("name").asText().equals("kafka-ca")) {
                ((ObjectNode) volume.path("secret")).putArray("items").addObject().put("key", "ca.crt")
                        .put("path", "ca.crt");
            }
        }
        assertProblem(policies(), p -> p.startsWith("Deployment/reporting-service: must trust every certificate"));
    }

    @Test
    void aNamespaceOpenByDefaultIsCaught() {
        docs.remove(Docs.get(docs, "NetworkPolicy", "default-deny-ingress"));
        assertProblem(policies(), p -> p.startsWith("no default-deny ingress NetworkPolicy"));
    }

    @Test
    void leftoverPlaceholderIsCaught() {
        assertProblem(Policies.placeholders("host: api.dvk.invalid"), p -> p.contains("api.dvk.invalid"));
    }

    @Test
    void productionRulesCatchMissingAutoscalerAndLowReplication() {
        docs.remove(Docs.get(docs, "HorizontalPodAutoscaler", "registry-service"));
        spec("KafkaTopic", "recognition.case-events").put("replicas", 1);
        spec("Cluster", "reporting-db").put("instances", 1);
        List<String> problems = Manifests.productionProblems(docs);
        assertProblem(problems, p -> p.contains("Deployment/registry-service: no HorizontalPodAutoscaler"));
        assertProblem(problems, p -> p.contains("KafkaTopic/recognition.case-events: replication factor must be 3"));
        assertProblem(problems, p -> p.contains("Cluster/reporting-db: needs 3 instances"));
    }

    // ------------------------------------------------------------------------------------- monitoring

    @Test
    void unknownFieldInAPodMonitorIsRejected() {
        ((ObjectNode) Docs.at(spec("PodMonitor", "dvk-services"), "podMetricsEndpoints", 0)).put("prot", "http");
        assertProblem(Manifests.schemaProblems(docs), p -> p.contains("PodMonitor/dvk-services") && p.contains("prot"));
    }

    @Test
    void unknownFieldInAnAlertingRuleIsRejected() {
        alert("DvkOutboxDelayed").put("severity", "warning");
        assertProblem(Manifests.schemaProblems(docs), p -> p.contains("PrometheusRule/dvk-alerts")
                && p.contains("severity"));
    }

    @Test
    void alertOnTheBackupMetricThePluginDoesNotExportIsCaught() {
        alert("DvkBackupTooOld").put("expr",
                "time() - max by (namespace) (cnpg_collector_last_available_backup_timestamp{namespace=\"dvk\"}) > 26 * 3600");
        assertProblem(monitoring(), p -> p.contains("DvkBackupTooOld")
                && p.contains("cnpg_collector_last_available_backup_timestamp is not exported here")
                && p.contains("barman_cloud_cloudnative_pg_io_last_available_backup_timestamp"));
    }

    @Test
    void misspeltMetricInAnAlertIsCaught() {
        // the gauge is registered with base unit seconds: Prometheus knows it as dvk_outbox_oldest_age_seconds
        alert("DvkOutboxStalled").put("expr", "max by (namespace, job) (dvk_outbox_oldest_age{namespace=\"dvk\"}) > 900");
        assertProblem(monitoring(), p -> p.contains("DvkOutboxStalled")
                && p.contains("dvk_outbox_oldest_age is exported by nothing"));
    }

    @Test
    void misspeltMetricInADashboardIsCaught() {
        ObjectNode data = (ObjectNode) Docs.get(docs, "ConfigMap", "dvk-grafana-dashboard").path("data");
        String json = data.path("dvk-overview.json").asText();
        assertTrue(json.contains("kafka_consumergroup_lag{"));
        data.put("dvk-overview.json", json.replace("kafka_consumergroup_lag{", "kafka_consumer_group_lag{"));
        assertProblem(monitoring(), p -> p.contains("ConfigMap/dvk-grafana-dashboard")
                && p.contains("panel 'Consumer lag (Kafka Exporter)'")
                && p.contains("kafka_consumer_group_lag is exported by nothing"));
    }

    @Test
    void operatorMetricWithoutItsSourceInTheRunbookIsCaught() {
        Metrics.Suite suite = Metrics.suite();
        String runbook = Monitoring.alertsMarkdown().replace("`kafka_consumergroup_lag`", "the lag");
        assertProblem(Monitoring.alerts(docs, runbook, suite), p -> p.contains("DvkConsumerLagHigh")
                && p.contains("kafka_consumergroup_lag comes from Kafka Exporter") && p.contains("ALERTS.md"));
    }

    @Test
    void alertWithoutSeverityForOrRunbookSectionIsCaught() {
        ObjectNode rule = alert("DvkEventsParked");
        ((ObjectNode) rule.path("labels")).remove("severity");
        rule.remove("for");
        ((ObjectNode) rule.path("annotations")).put("runbook_url", Monitoring.RUNBOOK + "dvkeventsparkedd");
        ((ObjectNode) alert("DvkEventsDeadLettered").path("annotations")).remove("runbook_url");
        List<String> problems = monitoring();
        assertProblem(problems, p -> p.contains("DvkEventsParked: severity must be one of"));
        assertProblem(problems, p -> p.contains("DvkEventsParked: no 'for'"));
        assertProblem(problems, p -> p.contains("DvkEventsParked") && p.contains("ALERTS.md has no section #dvkeventsparkedd"));
        assertProblem(problems, p -> p.contains("DvkEventsDeadLettered: runbook_url must point into ALERTS.md"));
    }

    @Test
    void runbookSectionOfAnAlertThatIsGoneIsCaught() {
        String runbook = Monitoring.alertsMarkdown() + "\n## DvkSomethingRemoved\n\nNo longer alerts.\n";
        assertProblem(Monitoring.alerts(docs, runbook, Metrics.suite()),
                p -> p.contains("section DvkSomethingRemoved describes no alert"));
    }

    @Test
    void alertThatDoesNotParseIsCaught() {
        alert("DvkConsumerRetrying").put("expr",
                "sum by (namespace, job, topic) (rate(dvk_consumer_retries_total{namespace=\"dvk\"}[5m]) > 0.5");
        assertProblem(monitoring(), p -> p.contains("DvkConsumerRetrying: does not parse: unbalanced parentheses"));
    }

    @Test
    void alertOnAnotherNamespaceIsCaught() {
        alert("DvkServiceDown").put("expr", "kube_deployment_status_replicas_available{namespace=\"default\"} == 0");
        assertProblem(monitoring(), p -> p.contains("DvkServiceDown: namespace=\"default\"")
                && p.contains("applied to the namespace dvk"));
    }

    @Test
    void podMonitorOnAPortThePodsDoNotHaveIsCaught() {
        ((ObjectNode) Docs.at(spec("PodMonitor", "dvk-services"), "podMetricsEndpoints", 0)).put("port", "metrics");
        List<String> problems = monitoring();
        assertProblem(problems, p -> p.contains("PodMonitor/dvk-services: none of the pods it selects has a port named"
                + " metrics"));
        assertProblem(problems, p -> p.contains("Deployment/registry-service: no PodMonitor scrapes it"));
    }

    @Test
    void databaseNobodyScrapesIsCaught() {
        ArrayNode values = (ArrayNode) Docs.at(spec("PodMonitor", "dvk-postgresql"), "selector", "matchExpressions", 0,
                "values");
        for (Iterator<JsonNode> it = values.elements(); it.hasNext();) {
            if (it.next().asText().equals("keycloak-db")) {
                it.remove();
            }
        }
        assertProblem(monitoring(), p -> p.contains("Cluster/keycloak-db instances: no PodMonitor scrapes it"));
    }

    @Test
    void networkPolicyKeepingPrometheusFromTheMetricsPortIsCaught() {
        // reporting-db's rule for monitoring now names the wrong port
        ObjectNode rule = (ObjectNode) Docs.at(spec("NetworkPolicy", "reporting-db"), "ingress", 3);
        ((ObjectNode) Docs.at(rule, "ports", 0)).put("port", 9188);
        assertProblem(monitoring(), p -> p.contains("Cluster/reporting-db instances: no NetworkPolicy admits the"
                + " monitoring namespace monitoring to port metrics (9187)"));
    }

    @Test
    void prometheusInAnotherNamespaceThanTheNetworkPoliciesAdmitIsCaught() {
        assertProblem(Monitoring.scraping(docs, "observability"), p -> p.contains("Deployment/recognition-service:"
                + " no NetworkPolicy admits the monitoring namespace observability to port http (8080)"));
    }

    @Test
    void kafkaWithoutMetricsIsCaught() {
        ((ObjectNode) spec("Kafka", "dvk-kafka").path("kafka")).remove("metricsConfig");
        List<String> problems = monitoring();
        assertProblem(problems, p -> p.contains("Kafka/dvk-kafka: no spec.kafka.metricsConfig"));
        assertProblem(problems, p -> p.contains("Kafka/dvk-kafka node pool dual-role: no PodMonitor scrapes it"));
    }

    @Test
    void theUnbrokenCopyHasNoProblem() {
        assertEquals(List.of(), policies());
        assertEquals(List.of(), Manifests.productionProblems(docs));
        assertEquals(List.of(), monitoring());
    }

    // -------------------------------------------------------------------------------------- helpers

    private List<String> policies() {
        return Manifests.policyProblems(Kustomize.render("prod").replace(".invalid", ""), docs, ServiceConfig.all());
    }

    private List<String> monitoring() {
        return Manifests.monitoringProblems(docs, Site.values("prod").get("MONITORING_NAMESPACE"));
    }

    /** An alerting rule of the PrometheusRule dvk-alerts, by its name. */
    private ObjectNode alert(String name) {
        for (JsonNode group : Docs.each(spec("PrometheusRule", "dvk-alerts").path("groups"))) {
            for (JsonNode rule : Docs.each(group.path("rules"))) {
                if (name.equals(rule.path("alert").asText())) {
                    return (ObjectNode) rule;
                }
            }
        }
        throw new AssertionError("no alert " + name);
    }

    private ObjectNode spec(String kind, String name) {
        return (ObjectNode) Docs.get(docs, kind, name).path("spec");
    }

    private ObjectNode container(String kind, String name) {
        return (ObjectNode) Docs.at(spec(kind, name), "template", "spec", "containers", 0);
    }

    private void removeAcl(String user, String type, String name) {
        ArrayNode acls = (ArrayNode) Docs.at(spec("KafkaUser", user), "authorization", "acls");
        int before = acls.size();
        for (Iterator<JsonNode> it = acls.elements(); it.hasNext();) {
            JsonNode resource = it.next().path("resource");
            if (type.equals(resource.path("type").asText()) && name.equals(resource.path("name").asText())) {
                it.remove();
            }
        }
        assertTrue(acls.size() < before, "no ACL on " + type + " " + name + " to remove");
    }

    private static void assertProblem(List<String> problems, Predicate<String> expected) {
        Optional<String> found = problems.stream().filter(expected).findFirst();
        assertTrue(found.isPresent(), "the broken manifest was not caught; problems reported: " + problems);
    }

}
