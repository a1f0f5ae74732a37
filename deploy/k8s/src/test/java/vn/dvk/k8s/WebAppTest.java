package vn.dvk.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The web app on the APIs' host, as each overlay renders it: its static server behind the Ingress's lowest-priority
 * path, /config.json naming the issuer the services trust and the realm's web client, nginx reading the files
 * where the pod mounts them, and a pod as locked down as the services'.
 */
class WebAppTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theAppTakesOnlyWhatNoApiPathTakes(String overlay) {
        List<ObjectNode> docs = Kustomize.documents(overlay);
        Map<String, String> paths = new TreeMap<>();
        for (JsonNode path : Docs.each(Docs.at(Docs.get(docs, "Ingress", "dvk-api"), "spec", "rules", 0, "http",
                "paths"))) {
            paths.put(path.path("path").asText(), Docs.at(path, "backend", "service", "name").asText());
            assertEquals("Prefix", path.path("pathType").asText(), path.toString());
        }
        assertEquals("web-app", paths.get("/"), "the app's screens are served on the APIs' host");
        paths.forEach((path, service) -> {
            if (!path.equals("/")) {
                // Prefix paths: the longest match wins, so every API path beats the app's /
                assertTrue(path.length() > 1 && !service.equals("web-app"), path + " → " + service);
            }
        });
        assertEquals("reporting-service", paths.get("/api/v1/projections"), "the operations screen's rebuild");
        for (String service : List.of("registry", "recognition", "reporting")) {
            assertEquals(service + "-service", paths.get("/api/v1/" + service + "-dead-letters"),
                    "the operations screen's dead letters of " + service);
        }
        JsonNode port = Docs.at(Docs.get(docs, "Service", "web-app"), "spec", "ports", 0);
        assertEquals("http", port.path("name").asText());
        assertEquals("http", port.path("targetPort").asText());
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void configJsonNamesTheIssuerTheServicesTrustAndTheWebClient(String overlay) throws Exception {
        List<ObjectNode> docs = Kustomize.documents(overlay);
        JsonNode config = new ObjectMapper().readTree(configMap(docs).path("data").path("config.json").asText());
        String issuer = "https://" + Site.values(overlay).get("AUTH_HOST") + "/realms/dvk";
        assertEquals(issuer, config.path("issuer").asText());
        assertEquals(issuer, Policies.env(docs, Docs.get(docs, "Deployment", "registry-service"),
                "QUARKUS_OIDC_TOKEN_ISSUER").orElseThrow(), "the app signs in where the services' tokens come from");
        String client = config.path("clientId").asText();
        JsonNode web = Docs.list(Docs.at(Docs.get(docs, "KeycloakRealmImport", "dvk-realm"), "spec", "realm",
                "clients")).stream().filter(c -> client.equals(c.path("clientId").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no client " + client + " in the realm import"));
        assertTrue(web.path("publicClient").asBoolean(), "a browser keeps no secret: " + client + " must be public");
        String app = "https://" + Site.values(overlay).get("API_HOST") + "/";
        assertTrue(Docs.list(web.path("redirectUris")).stream().map(JsonNode::asText)
                .anyMatch(uri -> uri.endsWith("*") ? app.startsWith(uri.substring(0, uri.length() - 1))
                        : app.equals(uri)), "the app at " + app + " may not sign in: " + web.path("redirectUris"));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void nginxReadsWhatThePodMounts(String overlay) {
        List<ObjectNode> docs = Kustomize.documents(overlay);
        String conf = configMap(docs).path("data").path("default.conf").asText();
        JsonNode pod = Docs.at(Docs.get(docs, "Deployment", "web-app"), "spec", "template", "spec");
        JsonNode container = Docs.at(pod, "containers", 0);
        Map<String, String> mounted = new TreeMap<>(); // file in the container → ConfigMap key
        for (JsonNode mount : Docs.each(container.path("volumeMounts"))) {
            for (JsonNode volume : Docs.each(pod.path("volumes"))) {
                if (volume.path("name").asText().equals(mount.path("name").asText())) {
                    Docs.each(volume.path("configMap").path("items")).forEach(item -> mounted.put(
                            mount.path("mountPath").asText() + "/" + item.path("path").asText(),
                            item.path("key").asText()));
                }
            }
        }
        assertEquals("default.conf", mounted.get("/etc/nginx/conf.d/default.conf"), mounted.toString());
        Matcher alias = Pattern.compile("location = /config.json \\{\\s*alias ([^;]+);").matcher(conf);
        assertTrue(alias.find(), "nginx serves no /config.json");
        assertEquals("config.json", mounted.get(alias.group(1)), "nginx reads " + alias.group(1) + ": " + mounted);
        Matcher listen = Pattern.compile("listen (\\d+);").matcher(conf);
        assertTrue(listen.find());
        assertEquals(listen.group(1), Docs.at(container, "ports", 0, "containerPort").asText(), "nginx's port");
        for (String probe : List.of("livenessProbe", "readinessProbe")) {
            String path = Docs.at(container, probe, "httpGet", "path").asText();
            assertTrue(conf.contains("location = " + path + " "), probe + " asks " + path + ", which nginx lacks");
        }
        assertTrue(conf.contains("try_files $uri /index.html;"), "a screen's address must serve the app");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void thePodIsLockedDownAndTakesOnlyTheIngressController(String overlay) {
        List<ObjectNode> docs = Kustomize.documents(overlay);
        ObjectNode deployment = Docs.get(docs, "Deployment", "web-app");
        JsonNode pod = Docs.at(deployment, "spec", "template", "spec");
        JsonNode security = Docs.at(pod, "containers", 0, "securityContext");
        assertTrue(security.path("readOnlyRootFilesystem").asBoolean());
        assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean());
        assertTrue(pod.path("securityContext").path("runAsUser").asLong() > 0);
        assertEquals(List.of(), Policies.deployments(List.of(deployment, Docs.get(docs, "Service", "web-app"),
                Docs.get(docs, "PodDisruptionBudget", "web-app")), ServiceConfig.shutdownTimeout()));
        assertTrue(Policies.images(docs).get("Deployment/web-app/web-app")
                .startsWith(Site.values(overlay).get("WEB_APP_IMAGE")), "the image from site.env");
        ObjectNode policy = Docs.get(docs, "NetworkPolicy", "web-app");
        assertEquals(List.of("Ingress", "Egress"), Docs.list(policy.path("spec").path("policyTypes")).stream()
                .map(JsonNode::asText).toList());
        assertEquals(List.of(), Docs.list(policy.path("spec").path("egress")), "the server calls nothing");
        assertEquals(Site.values(overlay).get("INGRESS_NAMESPACE"), Docs.at(policy, "spec", "ingress", 0, "from", 0,
                "namespaceSelector", "matchExpressions", 0, "values", 0).asText());
    }

    private static JsonNode configMap(List<ObjectNode> docs) {
        return Docs.ofKind(docs, "ConfigMap").stream().filter(c -> Docs.name(c).startsWith("dvk-web-app-"))
                .findFirst().orElseThrow(() -> new AssertionError("no ConfigMap dvk-web-app"));
    }
}
