package vn.dvk.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the kubectl calls a runbook script made and finds the objects they name that the rendered overlay
 * does not have: a script that waits for, scales, patches or restarts something the manifests do not create
 * would fail on the cluster, so it fails here.
 */
final class KubectlCalls {

    /** kubectl's resource names → the kinds the overlay renders. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("deployment", "Deployment"), Map.entry("hpa", "HorizontalPodAutoscaler"),
            Map.entry("kafkatopic", "KafkaTopic"), Map.entry("kafkauser", "KafkaUser"), Map.entry("kafka", "Kafka"),
            Map.entry("cluster.postgresql.cnpg.io", "Cluster"), Map.entry("keycloak", "Keycloak"),
            Map.entry("keycloakrealmimport", "KeycloakRealmImport"), Map.entry("scheduledbackup", "ScheduledBackup"));

    /** Objects the scripts create themselves, or that are not namespaced objects of the suite. */
    private static final Set<String> NOT_CHECKED = Set.of("pod", "backup", "crd", "namespace", "pv");

    /** The Secret the operators' scripts keep the dvk-ops client's secret in (scripts/ops-token.sh). */
    private static final String OPS_CLIENT_SECRET = "dvk-ops-client";

    private KubectlCalls() {
    }

    /** "<type>/<name>" of every object a call names that the rendered documents neither have nor imply. */
    static List<String> unknownObjects(List<String> calls, List<ObjectNode> docs) {
        Set<String> secrets = secretsOf(docs);
        List<String> unknown = new ArrayList<>();
        for (String call : calls) {
            for (String[] ref : references(call)) {
                String type = ref[0];
                String name = ref[1];
                boolean known;
                if (NOT_CHECKED.contains(type)) {
                    known = true;
                } else if (type.equals("secret")) {
                    known = secrets.contains(name);
                } else if (type.equals("statefulset")) {
                    // the Keycloak operator runs each Keycloak as a StatefulSet of the same name
                    known = Docs.find(docs, "Keycloak", name).isPresent();
                } else if (KINDS.containsKey(type)) {
                    known = Docs.find(docs, KINDS.get(type), name).isPresent()
                            || type.equals("hpa") && call.startsWith("get ");
                } else {
                    known = false;
                }
                if (!known) {
                    unknown.add(type + "/" + name + " (in: kubectl " + call + ")");
                }
            }
        }
        return unknown;
    }

    /** The objects a call names: TYPE/NAME arguments, and TYPE NAME after get, delete and patch. */
    static List<String[]> references(String call) {
        List<String> args = new ArrayList<>(List.of(call.strip().split("\\s+")));
        if (args.size() >= 2 && args.get(0).equals("-n")) {
            args = args.subList(2, args.size());
        }
        List<String[]> refs = new ArrayList<>();
        if (args.isEmpty() || Set.of("kustomize", "apply", "create", "version").contains(args.get(0))) {
            return refs;
        }
        String verb = args.get(0);
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("-") || arg.startsWith("{") || arg.startsWith("http")) {
                if (Set.of("-l", "-o", "-p", "-c", "--type", "--for", "--timeout", "--field-selector").contains(arg)) {
                    i++; // the flag's value
                }
                continue;
            }
            int slash = arg.indexOf('/');
            if (slash > 0 && !arg.contains("=") && !arg.contains(":")) {
                refs.add(new String[] {arg.substring(0, slash).toLowerCase(), arg.substring(slash + 1)});
            } else if (Set.of("get", "delete", "patch").contains(verb) && i == 1 && i + 1 < args.size()
                    && !args.get(i + 1).startsWith("-")) {
                for (String name : args.subList(i + 1, args.size()).stream().takeWhile(a -> !a.startsWith("-"))
                        .toList()) {
                    refs.add(new String[] {arg.toLowerCase(), name});
                }
                break;
            }
        }
        return refs;
    }

    /** Secrets the manifests use (environment, volumes, TLS, object store) and the operators write for them. */
    private static Set<String> secretsOf(List<ObjectNode> docs) {
        Set<String> secrets = new TreeSet<>();
        secrets.add(OPS_CLIENT_SECRET);
        for (ObjectNode doc : docs) {
            collect(doc, secrets);
        }
        Docs.ofKind(docs, "Cluster").forEach(db -> secrets.add(Docs.name(db) + "-app"));
        Docs.ofKind(docs, "KafkaUser").forEach(user -> secrets.add(Docs.name(user)));
        Docs.ofKind(docs, "Kafka").forEach(kafka -> secrets.add(Docs.name(kafka) + "-cluster-ca-cert"));
        return secrets;
    }

    private static void collect(JsonNode node, Set<String> secrets) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String key = field.getKey();
                JsonNode value = field.getValue();
                if ((key.equals("secretName") || key.equals("secretKeyRef") || key.equals("usernameSecret")
                        || key.equals("passwordSecret")) && (value.isTextual() || value.has("name"))) {
                    secrets.add(value.isTextual() ? value.asText() : value.path("name").asText());
                } else if (key.equals("secret") && value.has("secretName")) {
                    secrets.add(value.path("secretName").asText());
                } else if (key.equals("name") && value.isTextual() && node.has("key")) {
                    secrets.add(value.asText()); // {name, key} references, e.g. the object store's credentials
                }
                collect(value, secrets);
            });
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, secrets));
        }
    }
}
