package vn.dvk.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the internet may reach of Keycloak: the dvk realm's sign-in and OIDC endpoints and the pages' static
 * resources, not another realm (master's token endpoint would take guesses at the administrators' passwords) nor
 * the admin console; and the demo realm's people and password grant only where no one outside can reach them.
 */
final class EdgePolicies {

    /** The one realm the suite publishes. */
    static final String REALM_PATH = "/realms/dvk";
    /** What Keycloak's own pages load (themes, scripts): needed by the sign-in page, the same for every realm. */
    static final List<String> KEYCLOAK_STATIC = List.of("/resources");
    /** Addresses no public Ingress may route: another realm, the admin console and its REST API. */
    private static final List<String> NEVER_PUBLIC = List.of("/realms/master", "/admin");

    private EdgePolicies() {
    }

    /** Every path an Ingress sends to Keycloak is the dvk realm or Keycloak's static resources. */
    static List<String> keycloakRoutes(List<ObjectNode> docs) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode ingress : Docs.ofKind(docs, "Ingress")) {
            for (JsonNode rule : Docs.each(ingress.path("spec").path("rules"))) {
                for (JsonNode route : Docs.each(rule.path("http").path("paths"))) {
                    String path = route.path("path").asText();
                    String target = Docs.at(route, "backend", "service", "name").asText();
                    for (String hidden : NEVER_PUBLIC) {
                        // on Keycloak: the web app's screens (/ on the APIs' host, /admin among them) are no realm
                        if (target.contains("keycloak") && covers(path, hidden)) {
                            problems.add(Docs.id(ingress) + ": " + path + " publishes " + hidden + " (on " + target
                                    + "); route " + REALM_PATH + " only");
                        }
                    }
                    if (target.contains("keycloak") && !covers(REALM_PATH, path) && !KEYCLOAK_STATIC.contains(path)) {
                        problems.add(Docs.id(ingress) + ": " + path + " on Keycloak is neither " + REALM_PATH
                                + " nor " + KEYCLOAK_STATIC);
                    }
                }
            }
        }
        return problems;
    }

    /**
     * A realm import with people in it (the demo users, whose password is in the repository), a client that takes
     * the password grant or a client secret from the repository is for hosts no one outside reaches: every host of
     * the overlay's Ingresses is private.
     */
    static List<String> demoRealmOnlyOnPrivateHosts(List<ObjectNode> docs) {
        List<String> problems = new ArrayList<>();
        List<String> publicHosts = Docs.ofKind(docs, "Ingress").stream()
                .flatMap(ingress -> Docs.list(ingress.path("spec").path("rules")).stream())
                .map(rule -> rule.path("host").asText()).filter(host -> !isPrivate(host)).toList();
        if (publicHosts.isEmpty()) {
            return problems;
        }
        for (ObjectNode realmImport : Docs.ofKind(docs, "KeycloakRealmImport")) {
            JsonNode realm = realmImport.path("spec").path("realm");
            for (JsonNode user : Docs.each(realm.path("users"))) {
                if (!user.has("serviceAccountClientId")) {
                    problems.add(Docs.id(realmImport) + ": the user " + user.path("username").asText()
                            + " is imported into a realm served on " + publicHosts);
                }
            }
            for (JsonNode client : Docs.each(realm.path("clients"))) {
                if (client.path("directAccessGrantsEnabled").asBoolean()) {
                    problems.add(Docs.id(realmImport) + ": the client " + client.path("clientId").asText()
                            + " takes the password grant on " + publicHosts);
                }
                if (client.has("secret")) {
                    problems.add(Docs.id(realmImport) + ": the client " + client.path("clientId").asText()
                            + " has a secret from the repository on " + publicHosts);
                }
            }
        }
        return problems;
    }

    /** A host only this machine or a test network resolves: localhost and the names reserved for it (RFC 6761). */
    static boolean isPrivate(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.endsWith(".localhost") || name.endsWith(".test");
    }

    /** Whether an Ingress path (Prefix: whole segments) routes {@code address}. */
    private static boolean covers(String path, String address) {
        String prefix = path.endsWith("/") ? path : path + "/";
        return address.equals(path) || address.startsWith(prefix) || path.equals("/");
    }
}
