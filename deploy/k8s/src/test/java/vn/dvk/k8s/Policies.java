package vn.dvk.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The suite's own rules for rendered manifests, beyond schema validity (Kafka's are in {@link KafkaPolicies}). Each
 * check returns the problems it finds (empty: fine), so that tests can prove a check catches a broken manifest as
 * well as pass a good one.
 */
final class Policies {

    static final Map<String, String> PROBES = new LinkedHashMap<>();

    /**
     * The operators' roots an Ingress routes, for the web app's operations screen (role operator): the rebuild and
     * each service's dead letters, under a root of its own since the Ingress routes by path alone.
     */
    static final Set<String> PUBLISHED_FOR_OPERATORS = Set.of("/api/v1/projections", "/api/v1/registry-dead-letters",
            "/api/v1/recognition-dead-letters", "/api/v1/reporting-dead-letters");

    /** A service of the suite (component api), not the web app's static server (component web). */
    static boolean isService(JsonNode deployment) {
        return "api".equals(Docs.at(deployment, "metadata", "labels", "app.kubernetes.io/component").asText());
    }

    static {
        PROBES.put("startupProbe", "/q/health/started");
        PROBES.put("livenessProbe", "/q/health/live");
        PROBES.put("readinessProbe", "/q/health/ready");
    }

    /** NodeLocal DNSCache's link-local address on every node (the Kubernetes documentation's default). */
    static final String NODE_LOCAL_DNS = "169.254.20.10/32";

    /** The province's time zone (the services' dvk.time.zone default). */
    static final java.time.ZoneId PROVINCE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Pattern PINNED = Pattern.compile("[^@\\s]+:[A-Za-z0-9._-]+@sha256:[0-9a-f]{64}");

    private static final long MIB = 1024 * 1024;
    /** The heap the rebuild of a million models needed (reporting's benchmark, deploy/bench/README.md). */
    private static final long MIN_HEAP = 256 * MIB;

    /** What /tmp holds besides uploads: Vert.x's file cache, the Kafka client's native libraries. */
    private static final long TMP_BESIDE_UPLOADS = 64 * MIB;
    /** Metaspace, code cache, thread stacks, Netty's and Kafka's direct buffers of an idle service. */
    private static final long MIN_NON_HEAP = 192 * MIB;
    /** Below this a pod's CPU is noise: GC, the scheduler, the outbox relay and health checks. */
    private static final long MIN_SCALING_CPU = 250;

    private Policies() {
    }

    // ---------------------------------------------------------------------------------------- workloads

    /** Probes, resources, a non-root read-only security context, graceful shutdown, metrics, a pinned image. */
    static List<String> deployments(List<ObjectNode> docs, Optional<Duration> shutdownTimeout) {
        List<String> problems = new ArrayList<>();
        List<ObjectNode> deployments = Docs.ofKind(docs, "Deployment");
        if (deployments.isEmpty()) {
            problems.add("no Deployment at all");
        }
        if (shutdownTimeout.isEmpty()) {
            problems.add("quarkus.shutdown.timeout is not set in the shared configuration: in-flight requests are"
                    + " cut at shutdown");
        }
        for (ObjectNode deployment : deployments) {
            String where = Docs.id(deployment) + ": ";
            JsonNode pod = Docs.at(deployment, "spec", "template", "spec");
            JsonNode podSecurity = pod.path("securityContext");
            List<JsonNode> inits = Docs.list(pod.path("initContainers"));
            // a service (component api) migrates, answers Quarkus' health checks and publishes metrics; the web
            // app's static server (component web) has probes of its own and nothing to migrate or measure
            boolean service = isService(deployment);
            if (service && (inits.size() != 1 || !"migrate".equals(inits.get(0).path("name").asText()))) {
                problems.add(where + "one init container, migrate, expected (Flyway as the schema's owner)");
            }
            for (JsonNode init : inits) {
                String c = where + "init container " + init.path("name").asText() + ": ";
                if (!init.path("image").asText().equals(Docs.at(pod, "containers", 0, "image").asText())) {
                    problems.add(c + "must run the service's own image");
                }
                if (!"true".equals(envValue(init, "QUARKUS_INIT_AND_EXIT"))) {
                    problems.add(c + "QUARKUS_INIT_AND_EXIT must be true: it migrates, then ends");
                }
                for (String kind : List.of("requests", "limits")) {
                    if (Docs.at(init, "resources", kind, "memory").asText().isEmpty()) {
                        problems.add(c + "no memory " + kind);
                    }
                }
                problems.addAll(containerSecurity(init, podSecurity, c));
            }
            long grace = pod.path("terminationGracePeriodSeconds").asLong(30);
            for (JsonNode container : Docs.each(pod.path("containers"))) {
                String c = where + "container " + container.path("name").asText() + ": ";
                PROBES.forEach((probe, path) -> {
                    JsonNode p = container.path(probe);
                    if (!service) {
                        if (!probe.equals("startupProbe") && p.path("httpGet").path("path").asText().isEmpty()) {
                            problems.add(c + probe + " must be an HTTP GET");
                        }
                    } else if (p.isMissingNode()) {
                        problems.add(c + "no " + probe);
                    } else if (!path.equals(p.path("httpGet").path("path").asText())) {
                        problems.add(c + probe + " must be an HTTP GET of " + path);
                    }
                });
                for (String kind : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (Docs.at(container, "resources", kind, resource).asText().isEmpty()) {
                            problems.add(c + "no " + resource + " " + kind);
                        }
                    }
                }
                problems.addAll(containerSecurity(container, podSecurity, c));
                String image = container.path("image").asText();
                String lastPart = image.substring(image.lastIndexOf('/') + 1);
                if (!image.contains("/") || !(lastPart.contains(":") || image.contains("@sha256:"))
                        || image.endsWith(":latest")) {
                    problems.add(c + "image " + image + " must name a registry and a tag other than latest");
                }
                long preStop = container.path("lifecycle").path("preStop").path("sleep").path("seconds").asLong(0);
                shutdownTimeout.filter(timeout -> service).ifPresent(timeout -> {
                    long needed = preStop + timeout.toSeconds() + ServiceConfig.outboxLongestBatch().toSeconds();
                    if (grace <= needed) {
                        problems.add(c + "terminationGracePeriodSeconds " + grace + " must exceed the preStop sleep ("
                                + preStop + " s), quarkus.shutdown.timeout (" + timeout.toSeconds() + " s) and the"
                                + " outbox relay's last batch (" + ServiceConfig.outboxLongestBatch().toSeconds()
                                + " s)");
                    }
                });
            }
            JsonNode annotations = Docs.at(deployment, "spec", "template", "metadata", "annotations");
            if (service && (!"true".equals(annotations.path("prometheus.io/scrape").asText())
                    || !"/q/metrics".equals(annotations.path("prometheus.io/path").asText()))) {
                problems.add(where + "pods must be annotated for Prometheus to scrape /q/metrics");
            }
            Map<String, String> podLabels = Docs.labels(Docs.at(deployment, "spec", "template", "metadata", "labels"));
            if (Docs.ofKind(docs, "PodDisruptionBudget").stream()
                    .noneMatch(pdb -> Docs.selects(pdb.path("spec").path("selector"), podLabels))) {
                problems.add(where + "no PodDisruptionBudget selects its pods");
            }
            if (Docs.ofKind(docs, "Service").stream()
                    .noneMatch(s -> !s.path("spec").path("selector").isMissingNode()
                            && Docs.labels(s.path("spec").path("selector")).entrySet().stream()
                                    .allMatch(e -> e.getValue().equals(podLabels.get(e.getKey()))))) {
                problems.add(where + "no Service selects its pods");
            }
        }
        return problems;
    }

    /** prod: an autoscaler for every Deployment, which then names no replica count of its own. */
    static List<String> autoscaling(List<ObjectNode> docs) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode deployment : Docs.ofKind(docs, "Deployment")) {
            String name = Docs.name(deployment);
            if (!isService(deployment)) {
                // a static server has nothing to scale on: it runs a fixed two, so a drained node never takes it away
                if (deployment.path("spec").path("replicas").asInt(1) < 2) {
                    problems.add(Docs.id(deployment) + ": fewer than 2 replicas");
                }
                continue;
            }
            Optional<ObjectNode> hpa = Docs.ofKind(docs, "HorizontalPodAutoscaler").stream()
                    .filter(h -> "Deployment".equals(Docs.at(h, "spec", "scaleTargetRef", "kind").asText())
                            && name.equals(Docs.at(h, "spec", "scaleTargetRef", "name").asText()))
                    .findFirst();
            if (hpa.isEmpty()) {
                problems.add(Docs.id(deployment) + ": no HorizontalPodAutoscaler");
                continue;
            }
            JsonNode requests = Docs.at(deployment, "spec", "template", "spec", "containers", 0, "resources",
                    "requests");
            for (JsonNode metric : Docs.each(hpa.get().path("spec").path("metrics"))) {
                int target = Docs.at(metric, "resource", "target", "averageUtilization").asInt(0);
                long threshold = millicores(requests.path("cpu").asText("0")) * target / 100;
                if ("cpu".equals(Docs.at(metric, "resource", "name").asText()) && threshold < MIN_SCALING_CPU) {
                    problems.add(Docs.id(hpa.get()) + ": scales out at " + threshold + "m a pod (" + target
                            + " % of " + requests.path("cpu").asText() + "), which an idle JVM's background reaches;"
                            + " at least " + MIN_SCALING_CPU + "m");
                }
            }
            if (hpa.get().path("spec").path("minReplicas").asInt(1) < 2) {
                problems.add(Docs.id(hpa.get()) + ": minReplicas must be 2 or more");
            }
            if (deployment.path("spec").has("replicas")) {
                problems.add(Docs.id(deployment) + ": spec.replicas fights the autoscaler; leave it out");
            }
        }
        return problems;
    }

    /**
     * Each service's memory: the heap the pod's JAVA_TOOL_OPTIONS gives (a percentage of the limit, as the
     * image leaves it to the pod) and what is left of the limit for everything else the JVM holds.
     */
    static List<String> sizing(List<ObjectNode> docs) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode deployment : Docs.ofKind(docs, "Deployment").stream().filter(Policies::isService).toList()) {
            JsonNode resources = Docs.at(deployment, "spec", "template", "spec", "containers", 0, "resources");
            long limit = bytes(resources.path("limits").path("memory").asText("0").replace("i", ""));
            if (!resources.path("requests").path("memory").asText().equals(resources.path("limits").path("memory")
                    .asText())) {
                problems.add(Docs.id(deployment) + ": memory request and limit differ; a JVM keeps what it took");
            }
            Matcher percentage = Pattern.compile("-XX:MaxRAMPercentage=([0-9.]+)")
                    .matcher(env(docs, deployment, "JAVA_TOOL_OPTIONS").orElse(""));
            if (!percentage.find()) {
                problems.add(Docs.id(deployment) + ": JAVA_TOOL_OPTIONS sets no -XX:MaxRAMPercentage");
                continue;
            }
            long heap = (long) (limit * Double.parseDouble(percentage.group(1)) / 100);
            if (heap < MIN_HEAP || limit - heap < MIN_NON_HEAP) {
                problems.add(Docs.id(deployment) + ": a " + heap / MIB + " MiB heap in a " + limit / MIB
                        + " MiB limit; needs at least " + MIN_HEAP / MIB + " MiB of heap and " + MIN_NON_HEAP / MIB
                        + " MiB beside it");
            }
        }
        return problems;
    }

    /**
     * Backups land in the province's night and each database archives under a name of its own that carries
     * its PostgreSQL major: two majors (or a restored cluster and its origin) never write into one archive.
     */
    static List<String> backups(List<ObjectNode> docs) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode db : Docs.ofKind(docs, "Cluster")) {
            Matcher major = Pattern.compile("postgresql:(\\d+)").matcher(db.path("spec").path("imageName").asText());
            String expected = Docs.name(db) + "-pg" + (major.find() ? major.group(1) : "?");
            String serverName = Docs.list(db.path("spec").path("plugins")).stream()
                    .filter(plugin -> plugin.path("isWALArchiver").asBoolean())
                    .map(plugin -> plugin.path("parameters").path("serverName").asText("")).findFirst().orElse("");
            if (!serverName.matches(Pattern.quote(expected) + "(-[a-z0-9]+)?")) {
                problems.add(Docs.id(db) + ": archives under '" + serverName + "', expected " + expected
                        + "[-<restore>]: a cluster's archive must name its major and be its own");
            }
        }
        for (ObjectNode schedule : Docs.ofKind(docs, "ScheduledBackup")) {
            String[] fields = schedule.path("spec").path("schedule").asText().split("\\s+");
            if (fields.length != 6 || !fields[1].matches("\\d+") || !fields[2].matches("\\d+")) {
                problems.add(Docs.id(schedule) + ": expected a daily six-field schedule, is "
                        + schedule.path("spec").path("schedule").asText());
                continue;
            }
            // the operator reads schedules in UTC
            java.time.LocalTime local = java.time.OffsetTime.of(Integer.parseInt(fields[2]),
                    Integer.parseInt(fields[1]), 0, 0, java.time.ZoneOffset.UTC)
                    .withOffsetSameInstant(PROVINCE.getRules().getOffset(java.time.Instant.now())).toLocalTime();
            if (local.getHour() >= 5) {
                problems.add(Docs.id(schedule) + ": runs at " + local + " in " + PROVINCE
                        + ", during the working day; back up between 00:00 and 05:00");
            }
        }
        return problems;
    }

    /**
     * Private keys never travel in a container's environment (visible to every process it starts, in crash
     * reports and diagnostics): recognition-service reads its certificate keys from the files of the mounted
     * Secret, through SmallRye Config's file-system source.
     */
    static List<String> keysInFiles(List<ObjectNode> docs) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode deployment : Docs.ofKind(docs, "Deployment")) {
            JsonNode container = Docs.at(deployment, "spec", "template", "spec", "containers", 0);
            for (JsonNode env : Docs.each(container.path("env"))) {
                if (env.path("name").asText().contains("KEY") && env.has("valueFrom")) {
                    problems.add(Docs.id(deployment) + ": " + env.path("name").asText() + " puts a key in the"
                            + " environment; mount it as a file");
                }
            }
        }
        ObjectNode recognition = Docs.get(docs, "Deployment", "recognition-service");
        String locations = env(docs, recognition, "SMALLRYE_CONFIG_SOURCE_FILE_LOCATIONS").orElse("");
        JsonNode pod = Docs.at(recognition, "spec", "template", "spec");
        Optional<String> volume = Docs.list(Docs.at(pod, "containers", 0, "volumeMounts")).stream()
                .filter(m -> m.path("mountPath").asText().equals(locations)).map(m -> m.path("name").asText())
                .findFirst();
        Set<String> files = new TreeSet<>();
        Docs.list(pod.path("volumes")).stream().filter(v -> volume.isPresent()
                && v.path("name").asText().equals(volume.get())
                && v.path("secret").path("secretName").asText().equals("recognition-certificates"))
                .forEach(v -> Docs.each(v.path("secret").path("items")).forEach(i -> files.add(i.path("path").asText())));
        Set<String> wanted = Set.of("dvk.certificates.signing-key-id", "dvk.certificates.signing-key",
                "dvk.certificates.verification-keys");
        if (!files.equals(wanted)) {
            problems.add(Docs.id(recognition) + ": the certificate keys must be mounted at the file source's location ("
                    + locations + ") as " + wanted + "; found " + files);
        }
        return problems;
    }

    /** Keycloak rolls its pods rather than stopping them all, and a drain takes one at a time. */
    static List<String> keycloak(List<ObjectNode> docs) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode keycloak : Docs.ofKind(docs, "Keycloak")) {
            String strategy = Docs.at(keycloak, "spec", "update", "strategy").asText("RecreateOnImageChange");
            if (strategy.equals("RecreateOnImageChange")) {
                problems.add(Docs.id(keycloak) + ": the update strategy " + strategy + " stops every pod at once");
            }
            Map<String, String> pods = Map.of("app.kubernetes.io/instance", Docs.name(keycloak),
                    "app.kubernetes.io/managed-by", "keycloak-operator");
            if (Docs.ofKind(docs, "PodDisruptionBudget").stream()
                    .noneMatch(pdb -> Docs.selects(pdb.path("spec").path("selector"), pods))) {
                problems.add(Docs.id(keycloak) + ": no PodDisruptionBudget: a drain may stop every instance");
            }
        }
        return problems;
    }

    /** Every image the manifests run: containers of the Deployments, PostgreSQL's and Keycloak's. */
    static Map<String, String> images(List<ObjectNode> docs) {
        Map<String, String> images = new TreeMap<>();
        for (ObjectNode deployment : Docs.ofKind(docs, "Deployment")) {
            Docs.each(Docs.at(deployment, "spec", "template", "spec", "containers")).forEach(c ->
                    images.put(Docs.id(deployment) + "/" + c.path("name").asText(), c.path("image").asText()));
        }
        Docs.ofKind(docs, "Cluster").forEach(db -> images.put(Docs.id(db), db.path("spec").path("imageName")
                .asText()));
        Docs.ofKind(docs, "Keycloak").forEach(kc -> images.put(Docs.id(kc), kc.path("spec").path("image")
                .asText()));
        return images;
    }

    /** Production runs exactly what was built and tested: a release tag for people, a digest for the node. */
    static List<String> pinnedImages(List<ObjectNode> docs) {
        List<String> problems = new ArrayList<>();
        images(docs).forEach((where, image) -> {
            if (!PINNED.matcher(image).matches() || image.contains("SNAPSHOT")) {
                problems.add(where + ": image " + image + " is not a release tag pinned by digest");
            }
        });
        return problems;
    }

    /** A tag that moves is pulled again at every start, or nodes run whichever version they cached. */
    static List<String> movingTagsPulled(List<ObjectNode> docs) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode deployment : Docs.ofKind(docs, "Deployment")) {
            for (JsonNode container : Docs.each(Docs.at(deployment, "spec", "template", "spec", "containers"))) {
                boolean digest = container.path("image").asText().contains("@sha256:");
                if (!digest && !"Always".equals(container.path("imagePullPolicy").asText())) {
                    problems.add(Docs.id(deployment) + ": " + container.path("image").asText() + " is a tag pulled "
                            + container.path("imagePullPolicy").asText("IfNotPresent") + "; pin a digest or pull Always");
                }
            }
        }
        return problems;
    }

    static long millicores(String cpu) {
        return cpu.endsWith("m") ? Long.parseLong(cpu.substring(0, cpu.length() - 1))
                : (long) (Double.parseDouble(cpu) * 1000);
    }

    // ---------------------------------------------------------------------------------------- PostgreSQL

    /**
     * Each service talks to its own CloudNativePG cluster through the -rw Service, with the generated
     * credentials and CA; every cluster archives WAL and is backed up on a schedule by the Barman Cloud plugin.
     */
    static List<String> databases(List<ObjectNode> docs, List<ServiceConfig> services) {
        List<String> problems = new ArrayList<>();
        for (ServiceConfig service : services) {
            String cluster = service.database();
            Optional<ObjectNode> db = Docs.find(docs, "Cluster", cluster);
            if (db.isEmpty()) {
                problems.add(service.name() + ": no CloudNativePG Cluster " + cluster);
                continue;
            }
            Optional<ObjectNode> deployment = Docs.find(docs, "Deployment", service.name());
            if (deployment.isEmpty()) {
                continue;
            }
            String url = env(docs, deployment.get(), "QUARKUS_DATASOURCE_JDBC_URL").orElse("");
            String database = Docs.at(db.get(), "spec", "bootstrap", "initdb", "database").asText();
            if (!url.startsWith("jdbc:postgresql://" + cluster + "-rw:5432/" + database + "?")
                    && !url.equals("jdbc:postgresql://" + cluster + "-rw:5432/" + database)) {
                problems.add(Docs.id(deployment.get()) + ": QUARKUS_DATASOURCE_JDBC_URL must point at " + cluster
                        + "-rw, database " + database + " (is " + url + ")");
            }
            problems.addAll(databaseRoles(db.get(), deployment.get()));
        }
        Set<String> stores = Docs.ofKind(docs, "ObjectStore").stream().map(Docs::name).collect(Collectors.toSet());
        for (ObjectNode db : Docs.ofKind(docs, "Cluster")) {
            String name = Docs.name(db);
            boolean archives = Docs.list(db.path("spec").path("plugins")).stream()
                    .anyMatch(p -> "barman-cloud.cloudnative-pg.io".equals(p.path("name").asText())
                            && p.path("isWALArchiver").asBoolean()
                            && stores.contains(p.path("parameters").path("barmanObjectName").asText()));
            if (!archives) {
                problems.add(Docs.id(db) + ": must archive WAL with the Barman Cloud plugin to an ObjectStore");
            }
            boolean scheduled = Docs.ofKind(docs, "ScheduledBackup").stream()
                    .anyMatch(b -> name.equals(Docs.at(b, "spec", "cluster", "name").asText())
                            && "plugin".equals(b.path("spec").path("method").asText())
                            && "barman-cloud.cloudnative-pg.io"
                                    .equals(Docs.at(b, "spec", "pluginConfiguration", "name").asText()));
            if (!scheduled) {
                problems.add(Docs.id(db) + ": no ScheduledBackup with the Barman Cloud plugin");
            }
            if (db.path("spec").path("enableSuperuserAccess").asBoolean(false)) {
                problems.add(Docs.id(db) + ": superuser access must stay disabled");
            }
        }
        return problems;
    }

    /** prod: three instances of every database, two Keycloaks. */
    static List<String> databaseHighAvailability(List<ObjectNode> docs) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode db : Docs.ofKind(docs, "Cluster")) {
            if (db.path("spec").path("instances").asInt() < 3) {
                problems.add(Docs.id(db) + ": needs 3 instances");
            }
        }
        for (ObjectNode keycloak : Docs.ofKind(docs, "Keycloak")) {
            if (keycloak.path("spec").path("instances").asInt(1) < 2) {
                problems.add(Docs.id(keycloak) + ": needs 2 instances or more");
            }
        }
        return problems;
    }

    // ------------------------------------------------------------------------------------------- network

    /**
     * Every service pod is fenced in and out: in only on its HTTP port, out only to DNS, its own database,
     * the Kafka brokers and Keycloak. Every database takes PostgreSQL connections only from its owner.
     */
    static List<String> networkPolicies(List<ObjectNode> docs, List<ServiceConfig> services) {
        List<String> problems = new ArrayList<>();
        List<ObjectNode> policies = Docs.ofKind(docs, "NetworkPolicy");
        String kafka = Docs.ofKind(docs, "Kafka").stream().map(Docs::name).findFirst().orElse("?");
        for (ServiceConfig service : services) {
            Optional<ObjectNode> deployment = Docs.find(docs, "Deployment", service.name());
            if (deployment.isEmpty()) {
                continue;
            }
            Map<String, String> labels = Docs.labels(Docs.at(deployment.get(), "spec", "template", "metadata", "labels"));
            List<ObjectNode> selecting = policies.stream()
                    .filter(p -> Docs.selects(p.path("spec").path("podSelector"), labels)).toList();
            Set<String> types = selecting.stream().flatMap(p -> Docs.list(p.path("spec").path("policyTypes")).stream())
                    .map(JsonNode::asText).collect(Collectors.toSet());
            if (!types.containsAll(List.of("Ingress", "Egress"))) {
                problems.add(service.name() + ": needs a NetworkPolicy restricting both ingress and egress");
                continue;
            }
            List<JsonNode> egress = selecting.stream().flatMap(p -> Docs.list(p.path("spec").path("egress")).stream())
                    .toList();
            Map<String, Set<String>> allowed = new TreeMap<>();
            for (JsonNode rule : egress) {
                Set<String> ports = Docs.list(rule.path("ports")).stream().map(p -> p.path("port").asText())
                        .collect(Collectors.toSet());
                if (Docs.list(rule.path("to")).isEmpty()) {
                    problems.add(service.name() + ": an egress rule without 'to' allows every destination");
                }
                for (JsonNode to : Docs.each(rule.path("to"))) {
                    if (to.has("ipBlock") && !(NODE_LOCAL_DNS.equals(to.path("ipBlock").path("cidr").asText())
                            && ports.equals(Set.of("53")))) {
                        problems.add(service.name() + ": egress to an IP block is not expected");
                    }
                    if (to.has("ipBlock")) {
                        allowed.computeIfAbsent("ipBlock=" + to.path("ipBlock").path("cidr").asText(),
                                x -> new TreeSet<>()).addAll(ports);
                    }
                    Docs.labels(to.path("podSelector").path("matchLabels")).forEach((k, v) -> allowed
                            .computeIfAbsent(k + "=" + v, x -> new TreeSet<>()).addAll(ports));
                }
            }
            if (!allowed.getOrDefault("cnpg.io/cluster=" + service.database(), Set.of()).contains("5432")) {
                problems.add(service.name() + ": egress to its database " + service.database() + " on 5432 not allowed");
            }
            // DNS from the cluster's DNS pods or, where the cluster runs it, NodeLocal DNSCache on every node
            for (String dns : List.of("k8s-app=kube-dns", "ipBlock=" + NODE_LOCAL_DNS)) {
                if (!allowed.getOrDefault(dns, Set.of()).contains("53")) {
                    problems.add(service.name() + ": DNS (" + dns + ") on 53 not allowed");
                }
            }
            if (!allowed.getOrDefault("strimzi.io/cluster=" + kafka, Set.of()).contains("9093")) {
                problems.add(service.name() + ": egress to the Kafka brokers on 9093 not allowed");
            }
            allowed.keySet().stream().filter(k -> k.startsWith("cnpg.io/cluster=")
                    && !k.equals("cnpg.io/cluster=" + service.database()))
                    .forEach(k -> problems.add(service.name() + ": may reach another service's database (" + k + ")"));
            for (JsonNode rule : selecting.stream()
                    .flatMap(p -> Docs.list(p.path("spec").path("ingress")).stream()).toList()) {
                if (Docs.list(rule.path("from")).isEmpty() || Docs.list(rule.path("ports")).isEmpty()) {
                    problems.add(service.name() + ": an ingress rule must name its sources and ports");
                }
            }
        }
        for (ObjectNode db : Docs.ofKind(docs, "Cluster")) {
            String name = Docs.name(db);
            List<ObjectNode> selecting = policies.stream()
                    .filter(p -> Docs.selects(p.path("spec").path("podSelector"), Map.of("cnpg.io/cluster", name)))
                    .filter(p -> Docs.list(p.path("spec").path("policyTypes")).stream()
                            .anyMatch(t -> t.asText().equals("Ingress")))
                    .toList();
            if (selecting.isEmpty()) {
                problems.add(Docs.id(db) + ": no NetworkPolicy restricts who connects to it");
                continue;
            }
            Optional<ServiceConfig> owner = services.stream().filter(s -> s.database().equals(name)).findFirst();
            boolean operatorAdmitted = false;
            for (JsonNode rule : selecting.stream()
                    .flatMap(p -> Docs.list(p.path("spec").path("ingress")).stream()).toList()) {
                Set<String> ports = Docs.list(rule.path("ports")).stream().map(p -> p.path("port").asText())
                        .collect(Collectors.toSet());
                // the CloudNativePG operator's rule: the instance manager (8000) and PostgreSQL (5432)
                boolean operatorRule = ports.contains("8000") && Docs.list(rule.path("from")).stream()
                        .allMatch(from -> from.has("namespaceSelector") && !from.has("podSelector"));
                if (operatorRule) {
                    operatorAdmitted = ports.contains("5432");
                    continue;
                }
                boolean postgres = ports.isEmpty() || ports.contains("5432");
                if (!postgres) {
                    continue;
                }
                for (JsonNode from : Docs.each(rule.path("from"))) {
                    Map<String, String> selected = Docs.labels(from.path("podSelector").path("matchLabels"));
                    boolean ownInstances = name.equals(selected.get("cnpg.io/cluster"));
                    boolean ownerPods = owner.map(o -> o.name().equals(selected.get("app.kubernetes.io/name")))
                            .orElse("keycloak-operator".equals(selected.get("app.kubernetes.io/managed-by")));
                    if (from.has("namespaceSelector") || from.has("ipBlock") || !(ownInstances || ownerPods)) {
                        problems.add(Docs.id(db) + ": PostgreSQL reachable from " + Docs.truncate(from.toString(), 200));
                    }
                }
            }
            if (!operatorAdmitted) {
                problems.add(Docs.id(db) + ": the CloudNativePG operator must reach the instances on 8000 and 5432");
            }
        }
        return problems;
    }

    /** Nothing takes a connection no policy admits: a policy selecting every pod, with no ingress rule. */
    static List<String> defaultDeny(List<ObjectNode> docs) {
        boolean denied = Docs.ofKind(docs, "NetworkPolicy").stream().anyMatch(p -> p.path("spec").path("podSelector")
                .isEmpty() && Docs.list(p.path("spec").path("policyTypes")).stream().anyMatch(t -> t.asText()
                .equals("Ingress")) && Docs.list(p.path("spec").path("ingress")).isEmpty());
        return denied ? List.of() : List.of("no default-deny ingress NetworkPolicy: pods no policy selects take"
                + " connections from anywhere");
    }

    /** Every API root a service declares (class-level @Path) is routed to it over TLS, and nothing else is. */
    static List<String> ingress(List<ObjectNode> docs, List<ServiceConfig> services) {
        List<String> problems = new ArrayList<>();
        Map<String, String> routed = new TreeMap<>();
        for (ObjectNode ingress : Docs.ofKind(docs, "Ingress")) {
            Set<String> tlsHosts = Docs.list(ingress.path("spec").path("tls")).stream()
                    .flatMap(t -> Docs.list(t.path("hosts")).stream()).map(JsonNode::asText).collect(Collectors.toSet());
            for (JsonNode rule : Docs.each(ingress.path("spec").path("rules"))) {
                if (!tlsHosts.contains(rule.path("host").asText())) {
                    problems.add(Docs.id(ingress) + ": host " + rule.path("host").asText() + " is not served over TLS");
                }
                for (JsonNode path : Docs.each(rule.path("http").path("paths"))) {
                    String target = Docs.at(path, "backend", "service", "name").asText();
                    if (path.path("path").asText().startsWith("/q")) {
                        problems.add(Docs.id(ingress) + ": " + path.path("path").asText() + " must stay internal");
                    }
                    routed.put(path.path("path").asText(), target);
                }
            }
        }
        for (ServiceConfig service : services) {
            for (String root : ServiceApis.of(service.name()).publicRoots()) {
                if (!service.name().equals(routed.get(root))) {
                    problems.add(service.name() + " serves " + root + ", which no Ingress routes to it (routed to "
                            + routed.get(root) + ")");
                }
            }
        }
        // the operators' endpoints the web app's operations screen drives (the rebuild, each service's dead
        // letters) are routed by their own path to their own service, and by no other path: an operators' root
        // not listed stays reachable through a port-forward only. A path routed to another Service (the web
        // app's /) does not publish them.
        for (ServiceConfig service : services) {
            for (String root : ServiceApis.of(service.name()).operatorRoots()) {
                boolean published = PUBLISHED_FOR_OPERATORS.contains(root);
                if (published && !service.name().equals(routed.get(root))) {
                    problems.add("the operators' " + root + " is not routed to " + service.name() + " (routed to "
                            + routed.get(root) + ")");
                }
                routed.entrySet().stream()
                        .filter(route -> service.name().equals(route.getValue()))
                        .filter(route -> !(published && route.getKey().equals(root)))
                        .filter(route -> root.startsWith(route.getKey()) || route.getKey().startsWith(root))
                        .forEach(route -> problems.add("the operators' " + root + " is published by an Ingress ("
                                + route.getKey() + ")"));
            }
        }
        return problems;
    }

    /**
     * Every address the suite hands to a browser or prints is on a host an Ingress serves: the token issuer and
     * the dashboard's sign-in on Keycloak's host, the web client's redirects on the APIs' host where the dashboard
     * is served, the certificates' QR codes on a route to their verification. And the services behind the
     * TLS-terminating ingress take the scheme and host of their links from its forwarded headers.
     */
    static List<String> publicAddresses(List<ObjectNode> docs, List<ServiceConfig> services) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, String>> routes = new TreeMap<>(); // host → path → service
        for (ObjectNode ingress : Docs.ofKind(docs, "Ingress")) {
            for (JsonNode rule : Docs.each(ingress.path("spec").path("rules"))) {
                Map<String, String> paths = routes.computeIfAbsent(rule.path("host").asText(), h -> new TreeMap<>());
                Docs.each(rule.path("http").path("paths")).forEach(path -> paths.put(path.path("path").asText(),
                        Docs.at(path, "backend", "service", "name").asText()));
            }
        }
        String apiHost = Docs.at(Docs.get(docs, "Ingress", "dvk-api"), "spec", "rules", 0, "host").asText();
        String authHost = Docs.at(Docs.get(docs, "Ingress", "dvk-keycloak"), "spec", "rules", 0, "host").asText();
        String issuer = "https://" + authHost + "/realms/dvk";
        for (ServiceConfig service : services) {
            ObjectNode deployment = Docs.get(docs, "Deployment", service.name());
            check(problems, env(docs, deployment, "QUARKUS_OIDC_TOKEN_ISSUER").orElse(""), issuer,
                    service.name() + " expects tokens from");
        }
        Map<String, String> shared = SuiteConfig.shared();
        for (String forwarding : List.of("quarkus.http.proxy.proxy-address-forwarding",
                "quarkus.http.proxy.allow-x-forwarded", "quarkus.http.proxy.enable-forwarded-host")) {
            check(problems, shared.getOrDefault(forwarding, "false"), "true", "behind the ingress: " + forwarding);
        }
        ObjectNode reporting = Docs.get(docs, "Deployment", "reporting-service");
        check(problems, env(docs, reporting, "DVK_WEB_ISSUER").orElse(""), issuer, "the dashboard signs in at");
        JsonNode web = Docs.list(Docs.at(Docs.get(docs, "KeycloakRealmImport", "dvk-realm"), "spec", "realm",
                "clients")).stream().filter(c -> "dvk-web".equals(c.path("clientId").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no dvk-web client in the realm import"));
        String dashboard = "https://" + apiHost + "/dashboard/";
        if (Docs.list(web.path("redirectUris")).stream().map(JsonNode::asText).noneMatch(uri -> uri.endsWith("*")
                ? dashboard.startsWith(uri.substring(0, uri.length() - 1)) : dashboard.equals(uri))) {
            problems.add("the realm's dvk-web client does not let the dashboard at " + dashboard + " sign in: "
                    + web.path("redirectUris"));
        }
        if (Docs.list(web.path("webOrigins")).stream().map(JsonNode::asText)
                .noneMatch(("https://" + apiHost)::equals)) {
            problems.add("the realm's dvk-web client does not admit the origin https://" + apiHost);
        }
        ObjectNode recognition = Docs.get(docs, "Deployment", "recognition-service");
        Map<String, String> config = ServiceConfig.ownProperties("recognition-service");
        env(docs, recognition, "DVK_PUBLIC_URL").ifPresent(url -> config.put("DVK_PUBLIC_URL", url));
        URI qr = URI.create(ServiceConfig.resolve(config, config.getOrDefault("dvk.certificates.verify-url", "")));
        // as ingress-nginx picks a Prefix path: the longest that matches (the web app's / the last)
        String target = routes.getOrDefault(qr.getHost(), Map.of()).entrySet().stream()
                .filter(route -> qr.getPath().startsWith(route.getKey()))
                .max(Comparator.comparingInt(route -> route.getKey().length())).map(Map.Entry::getValue)
                .orElse(null);
        if (!"https".equals(qr.getScheme()) || !"recognition-service".equals(target)) {
            problems.add("certificates print " + qr + " in their QR codes, which no Ingress routes to"
                    + " recognition-service over TLS (routed to " + target + ")");
        }
        return problems;
    }

    /**
     * The public Ingress lets through what the services accept (ingress-nginx refuses bodies over 1 MB unless
     * told otherwise) and keeps the live streams flowing: unbuffered, and open well beyond the 20-second
     * keep-alive comments the services send.
     */
    static List<String> ingressLimits(List<ObjectNode> docs, List<ServiceConfig> services) {
        List<String> problems = new ArrayList<>();
        JsonNode annotations = Docs.get(docs, "Ingress", "dvk-api").path("metadata").path("annotations");
        long allowed = bytes(annotations.path("nginx.ingress.kubernetes.io/proxy-body-size").asText("1m"));
        for (ServiceConfig service : services) {
            String limit = ServiceConfig.ownProperties(service.name()).get("quarkus.http.limits.max-body-size");
            if (limit != null && bytes(limit) > allowed) {
                problems.add("Ingress/dvk-api: takes bodies up to " + allowed + " bytes, " + service.name()
                        + " accepts " + limit);
            }
        }
        if (!"off".equals(annotations.path("nginx.ingress.kubernetes.io/proxy-buffering").asText())) {
            problems.add("Ingress/dvk-api: responses are buffered, so server-sent events would wait in the proxy");
        }
        for (String timeout : List.of("proxy-read-timeout", "proxy-send-timeout")) {
            int seconds = annotations.path("nginx.ingress.kubernetes.io/" + timeout).asInt(60);
            if (seconds < 300) {
                problems.add("Ingress/dvk-api: " + timeout + " " + seconds + " s cuts the live streams too often");
            }
        }
        return problems;
    }

    /**
     * A service that takes uploads keeps each in its uploads directory under /tmp while it checks it: the pod's
     * /tmp emptyDir must hold the most it receives at once (dvk.uploads.max-concurrent × the HTTP body limit)
     * and what else lives there, or the kubelet evicts the pod when uploads fill it.
     */
    static List<String> uploadRoom(List<ObjectNode> docs, List<ServiceConfig> services) {
        List<String> problems = new ArrayList<>();
        for (ServiceConfig service : services) {
            Map<String, String> config = ServiceConfig.ownProperties(service.name());
            String concurrent = config.get("dvk.uploads.max-concurrent");
            if (concurrent == null) {
                continue;
            }
            String directory = config.getOrDefault("quarkus.http.body.uploads-directory", "");
            if (!directory.startsWith("${java.io.tmpdir}/")) {
                problems.add(service.name() + ": uploads wait in " + directory + ", not under /tmp");
            }
            long needed = Long.parseLong(concurrent) * bytes(config.get("quarkus.http.limits.max-body-size"))
                    + TMP_BESIDE_UPLOADS;
            JsonNode pod = Docs.at(Docs.get(docs, "Deployment", service.name()), "spec", "template", "spec");
            String volume = Docs.list(Docs.at(pod, "containers", 0, "volumeMounts")).stream()
                    .filter(mount -> "/tmp".equals(mount.path("mountPath").asText()))
                    .map(mount -> mount.path("name").asText()).findFirst().orElse("");
            String limit = Docs.list(pod.path("volumes")).stream()
                    .filter(v -> volume.equals(v.path("name").asText()))
                    .map(v -> v.path("emptyDir").path("sizeLimit").asText("")).findFirst().orElse("");
            if (limit.isEmpty() || bytes(limit.replace("i", "")) < needed) {
                problems.add("Deployment/" + service.name() + ": /tmp holds " + (limit.isEmpty() ? "no bounded emptyDir"
                        : limit) + "; " + concurrent + " uploads at once need " + needed / MIB + " MiB");
            }
        }
        return problems;
    }

    /** "11M", "11m", "512k", "1048576" → bytes (the units of Quarkus' sizes and ingress-nginx's). */
    static long bytes(String size) {
        Matcher m = Pattern.compile("(\\d+)\\s*([kKmMgG]?)").matcher(size.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: " + size);
        }
        long unit = switch (m.group(2).toLowerCase()) {
            case "k" -> 1024L;
            case "m" -> 1024L * 1024;
            case "g" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return Long.parseLong(m.group(1)) * unit;
    }

    private static void check(List<String> problems, String actual, String expected, String what) {
        if (!expected.equals(actual)) {
            problems.add(what + " " + actual + ", expected " + expected);
        }
    }

    /** No placeholder of the base (…invalid) is left once an overlay and its site.env are applied. */
    static List<String> placeholders(String rendered) {
        List<String> problems = new ArrayList<>();
        Matcher m = Pattern.compile("[A-Za-z0-9.-]*\\.invalid\\b").matcher(rendered);
        while (m.find()) {
            problems.add("placeholder " + m.group() + " left in the rendered manifests: components/site must replace it");
        }
        return problems;
    }

    /**
     * Two roles per service database: the migrate init container runs Flyway as the cluster's owner (Secret
     * {@code <cluster>-app}); the service runs as a managed role of the cluster (Secret {@code <cluster>-runtime})
     * that owns nothing, does not migrate, and never sees the owner's Secret. With the owner's password in the
     * service's container, an intruder there could disable the audit trail's append-only triggers.
     */
    static List<String> databaseRoles(JsonNode db, JsonNode deployment) {
        List<String> problems = new ArrayList<>();
        String cluster = Docs.name(db);
        String where = Docs.id(deployment) + ": ";
        String owner = cluster + "-app";
        String runtime = cluster + "-runtime";
        JsonNode pod = Docs.at(deployment, "spec", "template", "spec");
        JsonNode service = Docs.at(pod, "containers", 0);
        for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            if (!runtime.equals(containerSecretOf(service, variable))) {
                problems.add(where + variable + " must come from the Secret " + runtime + " (the runtime role)");
            }
        }
        if (!"false".equals(envValue(service, "QUARKUS_FLYWAY_MIGRATE_AT_START"))) {
            problems.add(where + "QUARKUS_FLYWAY_MIGRATE_AT_START must be false: the migrate init container migrates");
        }
        for (JsonNode container : Docs.each(pod.path("containers"))) {
            if (container.toString().contains("\"" + owner + "\"")) {
                problems.add(where + "container " + container.path("name").asText() + " must not see the Secret "
                        + owner + " (the schema's owner)");
            }
        }
        for (JsonNode init : Docs.each(pod.path("initContainers"))) {
            for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                if (!owner.equals(containerSecretOf(init, variable))) {
                    problems.add(where + "init container " + init.path("name").asText() + ": " + variable
                            + " must come from the Secret " + owner + " (the schema's owner)");
                }
            }
            if (!runtime.equals(containerSecretOf(init, "QUARKUS_FLYWAY_PLACEHOLDERS_APP_ROLE"))) {
                problems.add(where + "init container " + init.path("name").asText()
                        + ": QUARKUS_FLYWAY_PLACEHOLDERS_APP_ROLE (whom the grants go to) must come from " + runtime);
            }
        }
        boolean managed = Docs.list(Docs.at(db, "spec", "managed", "roles")).stream()
                .anyMatch(role -> runtime.equals(Docs.at(role, "passwordSecret", "name").asText())
                        && role.path("login").asBoolean(false)
                        && !role.path("superuser").asBoolean(false)
                        && !role.path("createdb").asBoolean(false)
                        && !role.path("createrole").asBoolean(false));
        if (!managed) {
            problems.add(cluster + ": no managed login role (no superuser, createdb or createrole) with the"
                    + " password of the Secret " + runtime);
        }
        return problems;
    }

    // ------------------------------------------------------------------------------------------- helpers

    /** A container's own security context, with what it inherits from the pod's. */
    private static List<String> containerSecurity(JsonNode container, JsonNode podSecurity, String c) {
        List<String> problems = new ArrayList<>();
            JsonNode security = container.path("securityContext");
            if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
                problems.add(c + "the root filesystem must be read-only");
            }
            if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                problems.add(c + "allowPrivilegeEscalation must be false");
            }
            if (security.path("privileged").asBoolean(false)) {
                problems.add(c + "must not be privileged");
            }
            if (!Docs.list(security.path("capabilities").path("drop")).stream()
                    .anyMatch(d -> d.asText().equals("ALL"))) {
                problems.add(c + "must drop all capabilities");
            }
            if (!Docs.list(security.path("capabilities").path("add")).isEmpty()) {
                problems.add(c + "must add no capability");
            }
            if (!security.path("runAsNonRoot").asBoolean(podSecurity.path("runAsNonRoot").asBoolean(false))) {
                problems.add(c + "runAsNonRoot must be true");
            }
            if (security.path("runAsUser").asLong(podSecurity.path("runAsUser").asLong(-1)) == 0) {
                problems.add(c + "must not run as user 0");
            }
            String seccomp = security.path("seccompProfile").path("type")
                    .asText(podSecurity.path("seccompProfile").path("type").asText());
            if (!seccomp.equals("RuntimeDefault") && !seccomp.equals("Localhost")) {
                problems.add(c + "needs a seccomp profile (RuntimeDefault or Localhost)");
            }
        return problems;
    }

    /** The Secret an environment variable of the Deployment's first container comes from. */
    static String secretOf(JsonNode deployment, String variable) {
        return containerSecretOf(Docs.at(deployment, "spec", "template", "spec", "containers", 0), variable);
    }

    /** The Secret an environment variable of a container comes from. */
    static String containerSecretOf(JsonNode container, String variable) {
        for (JsonNode env : Docs.each(container.path("env"))) {
            if (variable.equals(env.path("name").asText())) {
                return Docs.at(env, "valueFrom", "secretKeyRef", "name").asText(null);
            }
        }
        return null;
    }

    /** A container's environment variable given as a literal value. */
    static String envValue(JsonNode container, String variable) {
        for (JsonNode env : Docs.each(container.path("env"))) {
            if (variable.equals(env.path("name").asText())) {
                return env.path("value").asText(null);
            }
        }
        return null;
    }

    /** An environment variable of the Deployment's first container, from env or its ConfigMaps. */
    static Optional<String> env(List<ObjectNode> docs, JsonNode deployment, String variable) {
        JsonNode container = Docs.at(deployment, "spec", "template", "spec", "containers", 0);
        for (JsonNode env : Docs.each(container.path("env"))) {
            if (variable.equals(env.path("name").asText()) && env.has("value")) {
                return Optional.of(env.path("value").asText());
            }
        }
        Optional<String> value = Optional.empty();
        for (JsonNode from : Docs.each(container.path("envFrom"))) {
            String configMap = from.path("configMapRef").path("name").asText(null);
            if (configMap == null) {
                continue;
            }
            Optional<ObjectNode> cm = Docs.find(docs, "ConfigMap", configMap);
            if (cm.isPresent() && cm.get().path("data").has(variable)) {
                value = Optional.of(cm.get().path("data").path(variable).asText()); // later sources win
            }
        }
        return value;
    }
}
