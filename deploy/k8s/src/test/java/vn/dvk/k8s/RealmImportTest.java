package vn.dvk.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The realm on Kubernetes is deploy/keycloak's realm: generated from it, and rendered as intended. */
class RealmImportTest {

    @Test
    void committedRealmImportIsWhatTheGeneratorProducesFromTheRealmFile() throws IOException {
        boolean regenerate = Boolean.getBoolean("dvk.k8s.regenerate");
        for (Map.Entry<String, String> file : RealmImports.generated().entrySet()) {
            Path path = Repo.k8s().resolve(file.getKey());
            if (regenerate) {
                RealmImports.write(path, file.getValue());
            }
            String committed = Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
            assertEquals(file.getValue(), committed, "deploy/k8s/" + file.getKey()
                    + " is out of date with deploy/keycloak/dvk-realm.json: run"
                    + " the tests with -Ddvk.k8s.regenerate=true (deploy/k8s/README.md) and commit the result");
        }
    }

    @Test
    void productionRealmHasNoDemoUsersNoPasswordGrantAndNoLocalhost() {
        JsonNode realm = RealmImports.productionRealm(RealmImports.sourceRealm(), "api.example");
        for (JsonNode user : Docs.each(realm.path("users"))) {
            assertTrue(user.has("serviceAccountClientId"), "a person in the production realm: " + user);
        }
        for (JsonNode client : Docs.each(realm.path("clients"))) {
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(),
                    client.path("clientId").asText() + " allows the password grant");
            assertFalse(client.has("secret"), client.path("clientId").asText() + "'s secret is committed");
        }
        assertFalse(realm.toString().contains("localhost"), "localhost in the production realm");
        assertFalse(realm.toString().contains("DEMO"), "DEMO in the production realm");
    }

    @Test
    void operatorsCanObtainATokenWithOnlyTheOperatorRole() {
        // the dead-letter replay and the rebuild need a token with the role operator: a confidential client
        // whose service account holds it (deploy/k8s/scripts/ops-token.sh), in production as locally
        JsonNode realm = RealmImports.productionRealm(RealmImports.sourceRealm(), "api.example");
        JsonNode ops = Docs.list(realm.path("clients")).stream()
                .filter(c -> c.path("serviceAccountsEnabled").asBoolean()).findFirst()
                .orElseThrow(() -> new AssertionError("no client with a service account in the production realm"));
        assertFalse(ops.path("publicClient").asBoolean(), "a public client cannot use client credentials");
        assertTrue(ops.toString().contains("\"included.custom.audience\":\"dvk-api\""),
                "the ops client's tokens are not meant for the APIs (audience dvk-api)");
        JsonNode account = Docs.list(realm.path("users")).stream()
                .filter(u -> ops.path("clientId").asText().equals(u.path("serviceAccountClientId").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("the ops client's service account has no roles"));
        assertEquals("[\"operator\"]", account.path("realmRoles").toString());
    }

    @Test
    void everyDescriptionFitsKeycloaksColumns() {
        // Keycloak stores names and descriptions in VARCHAR(255): a longer one fails the whole import at start
        List<String> tooLong = new java.util.ArrayList<>();
        RealmImports.sourceRealm().findParents("description").forEach(parent -> {
            String description = parent.path("description").asText();
            if (description.length() > 255) {
                tooLong.add(description.length() + " characters: " + description.substring(0, 60) + "…");
            }
        });
        assertEquals(List.of(), tooLong);
    }

    @Test
    void devOverlayImportsTheRealmFileWithTheSitesHost() {
        JsonNode rendered = Docs.get(Kustomize.documents("dev"), "KeycloakRealmImport", RealmImports.NAME);
        Map<String, String> dev = Site.values("dev");
        assertEquals(RealmImports.developmentRealm(RealmImports.sourceRealm(), dev.get("API_HOST"),
                dev.get("AUTH_HOST")), rendered.path("spec").path("realm"),
                "the dev overlay's realm differs from deploy/keycloak/dvk-realm.json");
    }

    @Test
    void theDemoUsersAndPasswordGrantStayOnPrivateHosts() {
        JsonNode source = RealmImports.sourceRealm();
        JsonNode local = RealmImports.developmentRealm(source, "api.dvk.localhost", "auth.dvk.localhost");
        assertTrue(Docs.list(local.path("users")).stream().anyMatch(u -> !u.has("serviceAccountClientId")),
                "a cluster on this machine keeps the demo users");
        for (String[] hosts : new String[][] {{"api.dvk-dev.example", "auth.dvk-dev.example"},
                {"api.dvk.localhost", "auth.dvk-dev.example"}}) {
            JsonNode published = RealmImports.developmentRealm(source, hosts[0], hosts[1]);
            for (JsonNode user : Docs.each(published.path("users"))) {
                assertTrue(user.has("serviceAccountClientId"), "a demo user on " + List.of(hosts) + ": " + user);
            }
            for (JsonNode client : Docs.each(published.path("clients"))) {
                assertFalse(client.path("directAccessGrantsEnabled").asBoolean(),
                        client.path("clientId").asText() + " takes the password grant on " + List.of(hosts));
                assertFalse(client.has("secret"), client.path("clientId").asText() + "'s demo secret on "
                        + List.of(hosts));
            }
        }
    }

    @Test
    void prodOverlayImportsTheProductionRealmOnTheSitesHost() {
        String siteHost = Site.values("prod").get("API_HOST");
        assertTrue(siteHost != null && !siteHost.isBlank(), "API_HOST missing from overlays/prod/site.env");
        JsonNode rendered = Docs.get(Kustomize.documents("prod"), "KeycloakRealmImport", RealmImports.NAME);
        assertEquals(RealmImports.productionRealm(RealmImports.sourceRealm(), siteHost),
                rendered.path("spec").path("realm"));
        assertEquals(RealmImports.KEYCLOAK, rendered.path("spec").path("keycloakCRName").asText());
    }
}
