package vn.dvk.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The suite's rules for Kafka: topics and exactly the ACLs each service's configuration needs, replayable
 * retention on the topics the projections rebuild from, the history's copy out of the cluster, trust of the whole
 * cluster CA, and (prod) replication, KRaft voters and their placement.
 */
final class KafkaPolicies {

    private KafkaPolicies() {
    }

    /**
     * Every topic a service's configuration names has a KafkaTopic; every service has a KafkaUser whose
     * ACLs are exactly what its configuration produces, consumes and its consumer groups; its Deployment
     * authenticates as that user.
     */
    static List<String> kafka(List<ObjectNode> docs, List<ServiceConfig> services) {
        List<String> problems = new ArrayList<>();
        List<ObjectNode> clusters = Docs.ofKind(docs, "Kafka");
        if (clusters.size() != 1) {
            return List.of("expected one Kafka cluster, found " + clusters.size());
        }
        String cluster = Docs.name(clusters.get(0));
        Map<String, ObjectNode> topics = new TreeMap<>();
        for (ObjectNode topic : Docs.ofKind(docs, "KafkaTopic")) {
            topics.put(topic.path("spec").path("topicName").asText(Docs.name(topic)), topic);
            if (!cluster.equals(Docs.at(topic, "metadata", "labels", "strimzi.io/cluster").asText())) {
                problems.add(Docs.id(topic) + ": not labelled strimzi.io/cluster=" + cluster);
            }
        }
        Set<String> used = new TreeSet<>();
        for (ServiceConfig service : services) {
            used.addAll(service.topics());
            for (String topic : service.topics()) {
                if (!topics.containsKey(topic)) {
                    problems.add(service.name() + " uses topic " + topic + ", which has no KafkaTopic");
                }
            }
            Optional<ObjectNode> user = Docs.find(docs, "KafkaUser", service.name());
            if (user.isEmpty()) {
                problems.add(service.name() + ": no KafkaUser " + service.name());
                continue;
            }
            problems.addAll(acls(user.get(), service));
            if (!cluster.equals(Docs.at(user.get(), "metadata", "labels", "strimzi.io/cluster").asText())) {
                problems.add(Docs.id(user.get()) + ": not labelled strimzi.io/cluster=" + cluster);
            }
            if (!"scram-sha-512".equals(Docs.at(user.get(), "spec", "authentication", "type").asText())) {
                problems.add(Docs.id(user.get()) + ": must authenticate with scram-sha-512");
            }
            Docs.find(docs, "Deployment", service.name()).ifPresentOrElse(deployment -> {
                if (!service.name().equals(Policies.secretOf(deployment, "KAFKA_SASL_JAAS_CONFIG"))) {
                    problems.add(Docs.id(deployment) + ": KAFKA_SASL_JAAS_CONFIG must come from the Secret of KafkaUser "
                            + service.name());
                }
            }, () -> problems.add(service.name() + ": no Deployment"));
        }
        for (String topic : topics.keySet()) {
            if (!used.contains(topic)) {
                problems.add("KafkaTopic " + topic + " is used by no service's configuration");
            }
        }
        for (ObjectNode kafka : clusters) {
            boolean scramTls = Docs.list(Docs.at(kafka, "spec", "kafka", "listeners")).stream()
                    .anyMatch(l -> l.path("tls").asBoolean() && "scram-sha-512"
                            .equals(l.path("authentication").path("type").asText()));
            if (!scramTls) {
                problems.add(Docs.id(kafka) + ": needs a TLS listener with SCRAM-SHA-512 authentication");
            }
            if (!"simple".equals(Docs.at(kafka, "spec", "kafka", "authorization", "type").asText())) {
                problems.add(Docs.id(kafka) + ": needs simple authorisation (ACLs)");
            }
            if (Docs.at(kafka, "spec", "kafka", "config", "auto.create.topics.enable").asBoolean(true)) {
                problems.add(Docs.id(kafka) + ": auto.create.topics.enable must be false");
            }
        }
        return problems;
    }

    /** The user's ACLs against what the service's configuration needs: nothing missing, nothing more. */
    static List<String> acls(JsonNode user, ServiceConfig service) {
        Map<String, Set<String>> expected = new TreeMap<>();
        service.produces().forEach(t -> expected.computeIfAbsent("topic " + t, k -> new TreeSet<>())
                .addAll(List.of("Write", "Describe")));
        service.consumes().forEach(t -> expected.computeIfAbsent("topic " + t, k -> new TreeSet<>())
                .addAll(List.of("Read", "Describe")));
        service.deadLetters().forEach(t -> expected.computeIfAbsent("topic " + t, k -> new TreeSet<>())
                .addAll(List.of("Write", "Read", "Describe")));
        service.groups().forEach(g -> expected.computeIfAbsent("group " + g, k -> new TreeSet<>()).add("Read"));
        Map<String, Set<String>> actual = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        String where = Docs.id(user) + ": ";
        for (JsonNode acl : Docs.each(Docs.at(user, "spec", "authorization", "acls"))) {
            JsonNode resource = acl.path("resource");
            if (!"allow".equals(acl.path("type").asText("allow"))) {
                continue;
            }
            if (!"literal".equals(resource.path("patternType").asText("literal"))) {
                problems.add(where + "prefixed ACL on " + resource.path("name").asText() + ": grant exact names only");
            }
            if (!"*".equals(acl.path("host").asText("*"))) {
                problems.add(where + "host-restricted ACLs are not expected");
            }
            String key = resource.path("type").asText() + " " + resource.path("name").asText();
            Docs.each(acl.path("operations")).forEach(op -> actual.computeIfAbsent(key, k -> new TreeSet<>())
                    .add(op.asText()));
        }
        for (var e : expected.entrySet()) {
            Set<String> granted = actual.getOrDefault(e.getKey(), Set.of());
            if (granted.isEmpty()) {
                problems.add(where + "no ACL for " + e.getKey() + " (" + service.name() + " needs " + e.getValue() + ")");
            } else if (!granted.equals(e.getValue())) {
                problems.add(where + e.getKey() + " grants " + granted + ", the configuration needs exactly "
                        + e.getValue());
            }
        }
        for (var e : actual.entrySet()) {
            if (!expected.containsKey(e.getKey())) {
                problems.add(where + "grants " + e.getValue() + " on " + e.getKey() + ", which " + service.name()
                        + "'s configuration does not use");
            }
        }
        return problems;
    }

    /** The event topics reporting rebuilds from keep every event: no retention limit, no compaction. */
    static List<String> replayableTopics(List<ObjectNode> docs, List<ServiceConfig> services) {
        List<String> problems = new ArrayList<>();
        Set<String> replayed = services.stream().filter(s -> s.name().equals("reporting-service"))
                .flatMap(s -> s.consumes().stream()).collect(Collectors.toCollection(TreeSet::new));
        for (ObjectNode topic : Docs.ofKind(docs, "KafkaTopic")) {
            String name = topic.path("spec").path("topicName").asText(Docs.name(topic));
            if (!replayed.contains(name)) {
                continue;
            }
            JsonNode config = topic.path("spec").path("config");
            if (config.path("retention.ms").asLong(0) != -1 || config.path("retention.bytes").asLong(-1) != -1) {
                problems.add(Docs.id(topic) + ": reporting rebuilds from this topic; retention.ms and retention.bytes"
                        + " must be -1");
            }
            if (!"delete".equals(config.path("cleanup.policy").asText("delete"))) {
                problems.add(Docs.id(topic) + ": compaction would drop all but the last event of a model");
            }
        }
        return problems;
    }

    /**
     * prod: the event history reporting rebuilds from is also copied out of the cluster, every such topic under its
     * own name, by a mirror whose user here can only read them and whose pods the brokers' listener admits.
     */
    static List<String> kafkaHistory(List<ObjectNode> docs, List<ServiceConfig> services) {
        List<String> problems = new ArrayList<>();
        Set<String> history = services.stream().filter(s -> s.name().equals("reporting-service"))
                .flatMap(s -> s.consumes().stream()).collect(Collectors.toCollection(TreeSet::new));
        List<ObjectNode> mirrors = Docs.ofKind(docs, "KafkaMirrorMaker2");
        if (mirrors.size() != 1) {
            return List.of("the event history has no copy outside the cluster (KafkaMirrorMaker2: " + mirrors.size()
                    + ")");
        }
        ObjectNode mirror = mirrors.get(0);
        JsonNode copy = Docs.at(mirror, "spec", "mirrors", 0);
        Pattern copied = Pattern.compile(copy.path("topicsPattern").asText("(?!)"));
        history.stream().filter(topic -> !copied.matcher(topic).matches()).forEach(topic ->
                problems.add(Docs.id(mirror) + ": does not copy " + topic + ", which the projections rebuild from"));
        JsonNode config = copy.path("sourceConnector").path("config");
        if (!config.path("replication.policy.class").asText().endsWith("IdentityReplicationPolicy")) {
            problems.add(Docs.id(mirror) + ": the copies must keep the topics' names (IdentityReplicationPolicy)");
        }
        if (!"target".equals(config.path("offset-syncs.topic.location").asText())) {
            problems.add(Docs.id(mirror) + ": its offset-sync topic would be created on this cluster");
        }
        String user = copy.path("source").path("authentication").path("username").asText();
        Docs.find(docs, "KafkaUser", user).ifPresentOrElse(kafkaUser -> {
            for (JsonNode acl : Docs.each(Docs.at(kafkaUser, "spec", "authorization", "acls"))) {
                Set<String> operations = Docs.list(acl.path("operations")).stream().map(JsonNode::asText)
                        .collect(Collectors.toSet());
                if (!Set.of("Read", "Describe", "DescribeConfigs").containsAll(operations)
                        || !history.contains(acl.path("resource").path("name").asText())) {
                    problems.add(Docs.id(kafkaUser) + ": the mirror may only read the history, not " + acl);
                }
            }
        }, () -> problems.add(Docs.id(mirror) + ": its user " + user + " has no KafkaUser"));
        Map<String, String> pods = Map.of("strimzi.io/cluster", Docs.name(mirror), "strimzi.io/kind",
                "KafkaMirrorMaker2");
        boolean admitted = Docs.ofKind(docs, "Kafka").stream()
                .flatMap(kafka -> Docs.list(Docs.at(kafka, "spec", "kafka", "listeners")).stream())
                .flatMap(listener -> Docs.list(listener.path("networkPolicyPeers")).stream())
                .anyMatch(peer -> Docs.selects(peer.path("podSelector"), pods));
        if (!admitted) {
            problems.add(Docs.id(mirror) + ": the brokers' listener does not admit its pods");
        }
        return problems;
    }

    /** prod: replication 3, min.insync.replicas 2 everywhere, three KRaft voters, three brokers. */
    static List<String> kafkaHighAvailability(List<ObjectNode> docs) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode topic : Docs.ofKind(docs, "KafkaTopic")) {
            if (topic.path("spec").path("replicas").asInt() != 3) {
                problems.add(Docs.id(topic) + ": replication factor must be 3");
            }
            if (Docs.at(topic, "spec", "config", "min.insync.replicas").asInt() != 2) {
                problems.add(Docs.id(topic) + ": min.insync.replicas must be 2");
            }
        }
        for (ObjectNode kafka : Docs.ofKind(docs, "Kafka")) {
            JsonNode config = Docs.at(kafka, "spec", "kafka", "config");
            Map<String, Integer> wanted = Map.of("default.replication.factor", 3, "min.insync.replicas", 2,
                    "offsets.topic.replication.factor", 3, "transaction.state.log.replication.factor", 3,
                    "transaction.state.log.min.isr", 2);
            wanted.forEach((key, value) -> {
                if (config.path(key).asInt() != value) {
                    problems.add(Docs.id(kafka) + ": " + key + " must be " + value);
                }
            });
        }
        for (ObjectNode kafka : Docs.ofKind(docs, "Kafka")) {
            if (!"topology.kubernetes.io/zone".equals(Docs.at(kafka, "spec", "kafka", "rack", "topologyKey").asText())) {
                problems.add(Docs.id(kafka) + ": no rack awareness: a partition's replicas may share a zone");
            }
        }
        int controllers = 0;
        int brokers = 0;
        for (ObjectNode pool : Docs.ofKind(docs, "KafkaNodePool")) {
            boolean apart = Docs.list(Docs.at(pool, "spec", "template", "pod", "affinity", "podAntiAffinity",
                    "requiredDuringSchedulingIgnoredDuringExecution")).stream()
                    .anyMatch(term -> "kubernetes.io/hostname".equals(term.path("topologyKey").asText()));
            if (!apart) {
                problems.add(Docs.id(pool) + ": needs required pod anti-affinity on kubernetes.io/hostname, or"
                        + " several KRaft voters may share one worker");
            }
            List<String> roles = Docs.list(pool.path("spec").path("roles")).stream().map(JsonNode::asText).toList();
            int replicas = pool.path("spec").path("replicas").asInt();
            controllers += roles.contains("controller") ? replicas : 0;
            brokers += roles.contains("broker") ? replicas : 0;
        }
        if (controllers < 3 || controllers % 2 == 0) {
            problems.add("KRaft needs an odd number of controllers, 3 or more; found " + controllers);
        }
        if (brokers < 3) {
            problems.add("replication factor 3 needs 3 brokers or more; found " + brokers);
        }
        return problems;
    }

    /**
     * The services trust every certificate of Strimzi's cluster CA Secret, as a directory (the kit's
     * TrustedCertificates), not its ca.crt alone: while Strimzi replaces the CA's key the old certificate sits
     * beside the new one, and a pod started then must trust brokers presenting either.
     */
    static List<String> kafkaTrust(List<ObjectNode> docs, List<ServiceConfig> services) {
        List<String> problems = new ArrayList<>();
        String caSecret = Docs.ofKind(docs, "Kafka").stream().map(k -> Docs.name(k) + "-cluster-ca-cert").findFirst()
                .orElse("?");
        for (ServiceConfig service : services) {
            ObjectNode deployment = Docs.get(docs, "Deployment", service.name());
            JsonNode pod = Docs.at(deployment, "spec", "template", "spec");
            String directory = Policies.env(docs, deployment, "DVK_KAFKA_TRUSTED_CERTIFICATES").orElse("");
            Optional<JsonNode> volume = Docs.list(Docs.at(pod, "containers", 0, "volumeMounts")).stream()
                    .filter(m -> m.path("mountPath").asText().equals(directory))
                    .flatMap(m -> Docs.list(pod.path("volumes")).stream()
                            .filter(v -> v.path("name").asText().equals(m.path("name").asText())))
                    .findFirst();
            boolean wholeSecret = volume.isPresent() && caSecret.equals(volume.get().path("secret").path("secretName")
                    .asText()) && volume.get().path("secret").path("items").isMissingNode();
            if (!wholeSecret || Policies.env(docs, deployment, "KAFKA_SSL_TRUSTSTORE_LOCATION").isPresent()) {
                problems.add(Docs.id(deployment) + ": must trust every certificate of " + caSecret + " (the whole Secret"
                        + " mounted where DVK_KAFKA_TRUSTED_CERTIFICATES points), not one file of it");
            }
        }
        return problems;
    }
}
