package vn.dvk.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The monitoring's own rules, in the manner of {@link Policies}: each check returns the problems it finds.
 * Alerts and dashboards name only metrics something exports ({@link Metrics}) in expressions that parse
 * ({@link PromQL}); every alert is actionable (severity, for, summary, description, a runbook section in
 * ALERTS.md); Prometheus can scrape every part of the suite (a PodMonitor per part, on a port its pods have,
 * admitted by the NetworkPolicies).
 */
final class Monitoring {

    /** Where the runbook is published; every runbook_url is this plus the anchor of its section. */
    static final String RUNBOOK = "https://github.com/dvk-province/dvk/blob/main/deploy/k8s/ALERTS.md#";

    static final Set<String> SEVERITIES = Set.of("critical", "warning", "info");

    /** Labels whose value names the namespace the manifests are applied to. */
    private static final Set<String> NAMESPACE_LABELS = Set.of("namespace", "resource_namespace");

    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern ALERT_NAME = Pattern.compile("\\bDvk[A-Z][A-Za-z0-9]+\\b");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Monitoring() {
    }

    static String alertsMarkdown() {
        try {
            return Files.readString(Repo.k8s().resolve("ALERTS.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------- alerts

    /** Every alerting and recording rule of every PrometheusRule. */
    static List<String> alerts(List<ObjectNode> docs, String runbook, Metrics.Suite suite) {
        List<String> problems = new ArrayList<>();
        Set<String> anchors = anchors(runbook);
        Set<String> alertNames = new TreeSet<>();
        List<ObjectNode> rules = Docs.ofKind(docs, "PrometheusRule");
        if (rules.isEmpty()) {
            problems.add("no PrometheusRule: nothing alerts");
        }
        for (ObjectNode rule : rules) {
            String namespace = Docs.at(rule, "metadata", "namespace").asText();
            for (JsonNode group : Docs.each(Docs.at(rule, "spec", "groups"))) {
                for (JsonNode r : Docs.each(group.path("rules"))) {
                    String name = r.has("alert") ? r.path("alert").asText() : r.path("record").asText();
                    String where = Docs.id(rule) + " " + name + ": ";
                    problems.addAll(expression(where, r.path("expr").asText(), namespace, suite, runbook));
                    if (!r.has("alert")) {
                        continue;
                    }
                    if (!alertNames.add(name)) {
                        problems.add(where + "another alert has the same name");
                    }
                    String severity = r.path("labels").path("severity").asText();
                    if (!SEVERITIES.contains(severity)) {
                        problems.add(where + "severity must be one of " + SEVERITIES + " (is '" + severity + "')");
                    }
                    if (r.path("for").asText().isBlank()) {
                        problems.add(where + "no 'for': a single evaluation would fire it");
                    }
                    for (String annotation : List.of("summary", "description")) {
                        if (r.path("annotations").path(annotation).asText().isBlank()) {
                            problems.add(where + "no " + annotation + " annotation");
                        }
                    }
                    String url = r.path("annotations").path("runbook_url").asText();
                    if (!url.startsWith(RUNBOOK)) {
                        problems.add(where + "runbook_url must point into ALERTS.md (" + RUNBOOK + "…), is '" + url
                                + "'");
                    } else if (!anchors.contains(url.substring(RUNBOOK.length()))) {
                        problems.add(where + "runbook_url " + url + ": ALERTS.md has no section #"
                                + url.substring(RUNBOOK.length()));
                    } else if (!url.substring(RUNBOOK.length()).equals(anchor(name))) {
                        problems.add(where + "runbook_url should name its own section #" + anchor(name));
                    }
                }
            }
        }
        // every section of ALERTS.md named like an alert is one (no runbook for an alert that is gone)
        Matcher heading = HEADING.matcher(runbook);
        while (heading.find()) {
            String title = heading.group(1).strip();
            if (ALERT_NAME.matcher(title).matches() && !alertNames.contains(title)) {
                problems.add("ALERTS.md: section " + title + " describes no alert of the PrometheusRules");
            }
        }
        return problems;
    }

    // --------------------------------------------------------------------------------------- dashboards

    /** Every Grafana dashboard ConfigMap (label grafana_dashboard: "1"): valid JSON, known metrics. */
    static List<String> dashboards(List<ObjectNode> docs, String runbook, Metrics.Suite suite) {
        List<String> problems = new ArrayList<>();
        Set<String> alertNames = alertNames(docs);
        List<ObjectNode> maps = Docs.ofKind(docs, "ConfigMap").stream()
                .filter(cm -> "1".equals(Docs.at(cm, "metadata", "labels", "grafana_dashboard").asText()))
                .toList();
        if (maps.isEmpty()) {
            problems.add("no ConfigMap labelled grafana_dashboard: \"1\": no dashboard");
        }
        for (ObjectNode map : maps) {
            String namespace = Docs.at(map, "metadata", "namespace").asText();
            for (var file : (Iterable<Map.Entry<String, JsonNode>>) map.path("data")::fields) {
                String where = Docs.id(map) + " " + file.getKey() + ": ";
                JsonNode dashboard;
                try {
                    dashboard = JSON.readTree(file.getValue().asText());
                } catch (IOException e) {
                    problems.add(where + "not JSON: " + Docs.truncate(e.getMessage(), 200));
                    continue;
                }
                if (dashboard.path("uid").asText().isBlank() || dashboard.path("title").asText().isBlank()) {
                    problems.add(where + "a dashboard needs a uid and a title");
                }
                List<JsonNode> panels = panels(dashboard);
                if (panels.stream().noneMatch(p -> p.has("targets"))) {
                    problems.add(where + "no panel with a query");
                }
                for (JsonNode panel : panels) {
                    String p = where + "panel '" + panel.path("title").asText() + "': ";
                    for (JsonNode target : Docs.each(panel.path("targets"))) {
                        problems.addAll(expression(p, target.path("expr").asText(), namespace, suite, runbook));
                    }
                    Matcher mentioned = ALERT_NAME.matcher(panel.path("description").asText());
                    while (mentioned.find()) {
                        if (!alertNames.contains(mentioned.group())) {
                            problems.add(p + "its description names " + mentioned.group() + ", which is no alert");
                        }
                    }
                }
            }
        }
        return problems;
    }

    /** The panels of a dashboard, those inside rows included. */
    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : Docs.each(dashboard.path("panels"))) {
            panels.add(panel);
            Docs.each(panel.path("panels")).forEach(panels::add);
        }
        return panels;
    }

    // ------------------------------------------------------------------------------------------ scraping

    /**
     * A kind of pod the manifests bring about, with its named ports; for operator-made pods whose operator
     * writes their NetworkPolicy itself, the ports that policy opens to every namespace.
     */
    record Pods(String what, Map<String, String> labels, Map<String, Integer> ports, boolean operatorPolicy,
            Set<Integer> openedByOperator) {
    }

    /**
     * Every service, database and the Kafka cluster (nodes and Kafka Exporter) is scraped by a PodMonitor on a
     * port its pods have; the NetworkPolicies selecting those pods admit the monitoring namespace to that port.
     */
    static List<String> scraping(List<ObjectNode> docs, String monitoringNamespace) {
        List<String> problems = new ArrayList<>();
        List<Pods> all = pods(docs, problems);
        Map<Pods, Set<String>> scraped = new LinkedHashMap<>();
        for (ObjectNode monitor : Docs.ofKind(docs, "PodMonitor")) {
            String where = Docs.id(monitor) + ": ";
            JsonNode selector = Docs.at(monitor, "spec", "selector");
            List<Pods> selected = all.stream().filter(p -> Docs.selects(selector, p.labels())).toList();
            if (selected.isEmpty()) {
                problems.add(where + "selects no pod the manifests bring about");
                continue;
            }
            for (JsonNode endpoint : Docs.each(Docs.at(monitor, "spec", "podMetricsEndpoints"))) {
                String port = endpoint.path("port").asText();
                if (port.isEmpty()) {
                    problems.add(where + "an endpoint must name its port (the pods' port names are stable, numbers"
                            + " are not checked)");
                    continue;
                }
                List<Pods> withPort = selected.stream().filter(p -> p.ports().containsKey(port)).toList();
                if (withPort.isEmpty()) {
                    problems.add(where + "none of the pods it selects has a port named " + port + " ("
                            + selected.stream().map(Pods::what).toList() + ")");
                }
                for (Pods pods : withPort) {
                    scraped.computeIfAbsent(pods, k -> new TreeSet<>()).add(endpoint.path("path").asText("/metrics"));
                    problems.addAll(admitted(docs, pods, port, pods.ports().get(port), monitoringNamespace));
                }
            }
        }
        for (Pods pods : all) {
            if (!scraped.containsKey(pods)) {
                problems.add(pods.what() + ": no PodMonitor scrapes it");
            } else if (pods.what().startsWith("Deployment/") && !scraped.get(pods).contains("/q/metrics")) {
                problems.add(pods.what() + ": scraped, but not at /q/metrics where Quarkus publishes its metrics");
            }
        }
        return problems;
    }

    /**
     * The pods to scrape: the Deployments' (their ports from the manifests), the CloudNativePG instances' and
     * Strimzi's (their ports as the operators create them: CloudNativePG 1.30 names its exporter port
     * "metrics", 9187; Strimzi 1.2.0 names the Kafka nodes' and Kafka Exporter's "tcp-prometheus", 9404, and
     * its own NetworkPolicies open that port to every namespace, KafkaCluster/KafkaExporter
     * .generateNetworkPolicy).
     */
    static List<Pods> pods(List<ObjectNode> docs, List<String> problems) {
        List<Pods> pods = new ArrayList<>();
        // the services' Deployments; the web app's static server publishes no metrics
        for (ObjectNode deployment : Docs.ofKind(docs, "Deployment").stream().filter(Policies::isService).toList()) {
            Map<String, Integer> ports = new TreeMap<>();
            for (JsonNode container : Docs.each(Docs.at(deployment, "spec", "template", "spec", "containers"))) {
                for (JsonNode port : Docs.each(container.path("ports"))) {
                    ports.put(port.path("name").asText(), port.path("containerPort").asInt());
                }
            }
            pods.add(new Pods(Docs.id(deployment),
                    Docs.labels(Docs.at(deployment, "spec", "template", "metadata", "labels")), ports, false,
                    Set.of()));
        }
        for (ObjectNode cluster : Docs.ofKind(docs, "Cluster")) {
            pods.add(new Pods(Docs.id(cluster) + " instances", Map.of("cnpg.io/cluster", Docs.name(cluster),
                    "cnpg.io/podRole", "instance", "cnpg.io/instanceName", Docs.name(cluster) + "-1"),
                    Map.of("metrics", 9187, "postgresql", 5432), false, Set.of()));
        }
        for (ObjectNode kafka : Docs.ofKind(docs, "Kafka")) {
            String name = Docs.name(kafka);
            if (Docs.at(kafka, "spec", "kafka", "metricsConfig").isMissingNode()) {
                problems.add(Docs.id(kafka) + ": no spec.kafka.metricsConfig: the brokers export no metrics");
            }
            if (Docs.at(kafka, "spec", "kafkaExporter").isMissingNode()) {
                problems.add(Docs.id(kafka) + ": no spec.kafkaExporter: no consumer lag metrics");
            }
            Map<String, Integer> metrics = Map.of("tcp-prometheus", 9404);
            for (ObjectNode pool : Docs.ofKind(docs, "KafkaNodePool")) {
                if (!name.equals(Docs.at(pool, "metadata", "labels", "strimzi.io/cluster").asText())) {
                    continue;
                }
                Map<String, String> labels = new TreeMap<>(Map.of("strimzi.io/cluster", name, "strimzi.io/kind",
                        "Kafka", "strimzi.io/name", name + "-kafka", "strimzi.io/pool-name", Docs.name(pool)));
                for (JsonNode role : Docs.each(Docs.at(pool, "spec", "roles"))) {
                    labels.put("strimzi.io/" + role.asText() + "-role", "true");
                }
                pods.add(new Pods(Docs.id(kafka) + " node pool " + Docs.name(pool), labels,
                        Docs.at(kafka, "spec", "kafka", "metricsConfig").isMissingNode() ? Map.of() : metrics,
                        true, Set.of(9404)));
            }
            if (!Docs.at(kafka, "spec", "kafkaExporter").isMissingNode()) {
                pods.add(new Pods(Docs.id(kafka) + " Kafka Exporter", Map.of("strimzi.io/cluster", name,
                        "strimzi.io/kind", "Kafka", "strimzi.io/name", name + "-kafka-exporter"), metrics,
                        true, Set.of(9404)));
            }
        }
        return pods;
    }

    /** Whether the NetworkPolicies selecting the pods let the monitoring namespace reach the port. */
    static List<String> admitted(List<ObjectNode> docs, Pods pods, String portName, int port, String monitoring) {
        List<ObjectNode> restricting = Docs.ofKind(docs, "NetworkPolicy").stream()
                .filter(p -> Docs.selects(Docs.at(p, "spec", "podSelector"), pods.labels()))
                .filter(p -> Docs.list(Docs.at(p, "spec", "policyTypes")).stream()
                        .anyMatch(t -> t.asText().equals("Ingress")))
                .toList();
        if (restricting.isEmpty()) {
            // no policy of ours selects these pods: open, unless their operator writes one, which must open it
            if (pods.operatorPolicy() && !pods.openedByOperator().contains(port)) {
                return List.of(pods.what() + ": the NetworkPolicy its operator writes does not open port " + port
                        + ", which a PodMonitor scrapes; add the monitoring namespace to it");
            }
            return List.of();
        }
        Map<String, String> namespaceLabels = Map.of("kubernetes.io/metadata.name", monitoring);
        for (ObjectNode policy : restricting) {
            for (JsonNode rule : Docs.each(Docs.at(policy, "spec", "ingress"))) {
                // no 'from': every source; a namespaceSelector alone: every pod of the namespaces it selects
                List<JsonNode> sources = Docs.list(rule.path("from"));
                boolean fromMonitoring = sources.isEmpty() || sources.stream()
                        .anyMatch(from -> Docs.selects(from.path("namespaceSelector"), namespaceLabels)
                                && (from.path("podSelector").isMissingNode() || from.path("podSelector").isEmpty()));
                boolean toPort = Docs.list(rule.path("ports")).isEmpty() || Docs.list(rule.path("ports")).stream()
                        .anyMatch(p -> p.path("port").asText().equals(portName)
                                || p.path("port").asText().equals(String.valueOf(port)));
                if (fromMonitoring && toPort) {
                    return List.of();
                }
            }
        }
        return List.of(pods.what() + ": no NetworkPolicy admits the monitoring namespace " + monitoring + " to port "
                + portName + " (" + port + "), which a PodMonitor scrapes");
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** Parse problems, unknown metrics, and namespace matchers other than the manifests' namespace. */
    private static List<String> expression(String where, String expr, String namespace, Metrics.Suite suite,
            String runbook) {
        List<String> problems = new ArrayList<>();
        PromQL.Expression parsed = PromQL.parse(expr);
        parsed.problems().forEach(p -> problems.add(where + "does not parse: " + p));
        for (String metric : parsed.metrics()) {
            Optional<String> problem = Metrics.problem(metric, suite);
            problem.ifPresent(p -> problems.add(where + p));
            if (problem.isEmpty() && Metrics.OPERATORS.containsKey(metric) && !runbook.contains("`" + metric)) {
                problems.add(where + metric + " comes from " + Metrics.OPERATORS.get(metric).exporter()
                        + ": ALERTS.md must say so (\"Where the metrics come from\")");
            }
        }
        for (PromQL.LabelMatcher matcher : parsed.matchers()) {
            if (NAMESPACE_LABELS.contains(matcher.label()) && matcher.operator().equals("=")
                    && !matcher.value().equals(namespace)) {
                problems.add(where + matcher.label() + "=\"" + matcher.value() + "\", but the manifests are applied"
                        + " to the namespace " + namespace);
            }
        }
        return problems;
    }

    static Set<String> alertNames(List<ObjectNode> docs) {
        Set<String> names = new TreeSet<>();
        for (ObjectNode rule : Docs.ofKind(docs, "PrometheusRule")) {
            for (JsonNode group : Docs.each(Docs.at(rule, "spec", "groups"))) {
                for (JsonNode r : Docs.each(group.path("rules"))) {
                    if (r.has("alert")) {
                        names.add(r.path("alert").asText());
                    }
                }
            }
        }
        return names;
    }

    /** The anchors GitHub gives a Markdown file's headings (lower case, punctuation dropped, spaces → '-'). */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new TreeMap<>();
        boolean fenced = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            }
            Matcher heading = HEADING.matcher(line);
            if (fenced || !heading.matches()) {
                continue;
            }
            String anchor = anchor(heading.group(1));
            int count = seen.merge(anchor, 1, Integer::sum);
            anchors.add(count == 1 ? anchor : anchor + "-" + (count - 1));
        }
        return anchors;
    }

    static String anchor(String heading) {
        return heading.strip().toLowerCase().replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
