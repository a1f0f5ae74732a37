package vn.dvk.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates the KeycloakRealmImport from deploy/keycloak/dvk-realm.json, the one source of truth for the
 * realm (the local launcher imports the same file):
 * <ul>
 * <li>{@code base/keycloak/realm-import.yaml}: the realm for production, without the demo users, without the
 * password grant, with the frontend's redirect URIs on the site's host ({@value #SITE_HOST_PLACEHOLDER}, set
 * from site.env by components/site);</li>
 * <li>{@code overlays/dev/realm-import-demo.yaml}: a patch that puts the demo realm in the dev overlay; its demo
 * users and the password grant only while the dev site's hosts are private ({@link EdgePolicies#isPrivate}).</li>
 * </ul>
 * {@code RealmImportTest} fails when the committed files differ from what this produces; run it with
 * {@code -Ddvk.k8s.regenerate=true} to rewrite them (or run this class's main).
 */
final class RealmImports {

    static final String SITE_HOST_PLACEHOLDER = "api.dvk.invalid";
    static final String BASE_FILE = "base/keycloak/realm-import.yaml";
    static final String DEV_PATCH_FILE = "overlays/dev/realm-import-demo.yaml";
    static final String KEYCLOAK = "dvk-keycloak";
    static final String NAME = "dvk-realm";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    private static final String HEADER = """
            # GENERATED from deploy/keycloak/dvk-realm.json by deploy/k8s/src/test/java/vn/dvk/k8s/RealmImports.java:
            # do not edit. After changing the realm file run
            #   ./mvnw -pl deploy/k8s verify -Ddvk.k8s.regenerate=true
            """;

    private RealmImports() {
    }

    public static void main(String[] args) {
        generated().forEach((file, content) -> write(Repo.k8s().resolve(file), content));
    }

    /** Relative path under deploy/k8s → the content it must have. */
    static Map<String, String> generated() {
        JsonNode realm = sourceRealm();
        Map<String, String> files = new TreeMap<>();
        files.put(BASE_FILE, HEADER + """
                # The realm for production: the demo users are left out (overlays/dev adds them back), no client
                # allows the password grant, and the frontends' redirect URIs are on the site's host (API_HOST in
                # site.env). Keycloak imports a realm only when it does not exist yet: later changes to the realm
                # are made in Keycloak (README.md, "Changing the realm").
                """ + yaml(importResource(productionRealm(realm, SITE_HOST_PLACEHOLDER))));
        ArrayNode patch = JsonNodeFactory.instance.arrayNode();
        Map<String, String> dev = Site.values("dev");
        patch.addObject().put("op", "replace").put("path", "/spec/realm")
                .set("value", developmentRealm(realm, dev.get("API_HOST"), dev.get("AUTH_HOST")));
        files.put(DEV_PATCH_FILE, HEADER + """
                # dev only: the realm as deploy/keycloak has it, and the frontends' redirect URIs on the dev site's
                # host (API_HOST of overlays/dev/site.env) beside localhost. The DEMO users and the password grant
                # come along only while the dev site's hosts are private (*.localhost, *.test): on a host the
                # internet reaches, the demo passwords in the repository would open the realm to anyone.
                """ + yaml(patch));
        return files;
    }

    static JsonNode sourceRealm() {
        try {
            return JSON.readTree(Files.readString(Repo.realmFile(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The realm as production gets it, the frontends on https://{siteHost}. */
    static ObjectNode productionRealm(JsonNode source, String siteHost) {
        ObjectNode realm = source.deepCopy();
        // people are created by the province's administrators
        withoutPeople(realm);
        if (realm.has("displayName")) {
            realm.put("displayName", realm.get("displayName").asText().replace(" (DEMO)", "").strip());
        }
        for (JsonNode client : Docs.each(realm.path("clients"))) {
            ObjectNode c = (ObjectNode) client;
            c.put("directAccessGrantsEnabled", false);
            // a confidential client's secret is Keycloak's to generate: none is committed for production
            c.remove("secret");
            if (c.has("redirectUris")) {
                c.putArray("redirectUris").add("https://" + siteHost + "/*");
            }
            if (c.has("webOrigins")) {
                c.putArray("webOrigins").add("https://" + siteHost);
            }
            JsonNode attributes = c.path("attributes");
            if (attributes.has("post.logout.redirect.uris")) {
                ((ObjectNode) attributes).put("post.logout.redirect.uris", "https://" + siteHost + "/*");
            }
        }
        return realm;
    }

    /**
     * The demo realm with the frontends also allowed on https://{siteHost}; on public hosts without its people, the
     * password grant and the demo's client secret.
     */
    static ObjectNode developmentRealm(JsonNode source, String siteHost, String authHost) {
        ObjectNode realm = source.deepCopy();
        boolean publicSite = !EdgePolicies.isPrivate(siteHost) || !EdgePolicies.isPrivate(authHost);
        if (publicSite) {
            withoutPeople(realm);
        }
        for (JsonNode client : Docs.each(realm.path("clients"))) {
            ObjectNode c = (ObjectNode) client;
            if (publicSite) {
                c.put("directAccessGrantsEnabled", false);
                c.remove("secret"); // the demo's is in the repository: Keycloak generates one
            }
            if (c.has("redirectUris")) {
                ((ArrayNode) c.get("redirectUris")).add("https://" + siteHost + "/*");
            }
            if (c.has("webOrigins")) {
                ((ArrayNode) c.get("webOrigins")).add("https://" + siteHost);
            }
            JsonNode attributes = c.path("attributes");
            if (attributes.has("post.logout.redirect.uris")) {
                // Keycloak separates several post-logout addresses with ##
                ((ObjectNode) attributes).put("post.logout.redirect.uris",
                        attributes.get("post.logout.redirect.uris").asText() + "##https://" + siteHost + "/*");
            }
        }
        return realm;
    }

    /** Leaves only the clients' service accounts among the realm's users. */
    private static void withoutPeople(ObjectNode realm) {
        ArrayNode serviceAccounts = JsonNodeFactory.instance.arrayNode();
        Docs.each(realm.path("users")).forEach(user -> {
            if (user.has("serviceAccountClientId")) {
                serviceAccounts.add(user);
            }
        });
        realm.remove("users");
        if (!serviceAccounts.isEmpty()) {
            realm.set("users", serviceAccounts);
        }
    }

    private static ObjectNode importResource(JsonNode realm) {
        ObjectNode resource = JsonNodeFactory.instance.objectNode();
        resource.put("apiVersion", "k8s.keycloak.org/v2beta1");
        resource.put("kind", "KeycloakRealmImport");
        resource.putObject("metadata").put("name", NAME);
        ObjectNode spec = resource.putObject("spec");
        spec.put("keycloakCRName", KEYCLOAK);
        spec.set("realm", realm);
        return resource;
    }

    private static String yaml(JsonNode node) {
        try {
            return YAML.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
