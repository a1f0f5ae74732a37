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
                    + " ./mvnw -pl deploy/k8s verify -Ddvk.k8s.regenerate=true and commit the result");
        }
    }

    @Test
    void productionRealmHasNoDemoUsersNoPasswordGrantAndNoLocalhost() {
        JsonNode realm = RealmImports.productionRealm(RealmImports.sourceRealm(), "app.example");
        assertFalse(realm.has("users"), "demo users in the production realm");
        for (JsonNode client : Docs.each(realm.path("clients"))) {
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(),
                    client.path("clientId").asText() + " allows the password grant");
        }
        assertFalse(realm.toString().contains("localhost"), "localhost in the production realm");
        assertFalse(realm.toString().contains("DEMO"), "DEMO in the production realm");
    }

    @Test
    void devOverlayImportsTheRealmFileUnchanged() {
        JsonNode rendered = Docs.get(Kustomize.documents("dev"), "KeycloakRealmImport", RealmImports.NAME);
        assertEquals(RealmImports.sourceRealm(), rendered.path("spec").path("realm"),
                "the dev overlay's realm differs from deploy/keycloak/dvk-realm.json");
    }

    @Test
    void prodOverlayImportsTheProductionRealmOnTheSitesFrontendHost() {
        String appHost = Site.values("prod").get("APP_HOST");
        assertTrue(appHost != null && !appHost.isBlank(), "APP_HOST missing from overlays/prod/site.env");
        JsonNode rendered = Docs.get(Kustomize.documents("prod"), "KeycloakRealmImport", RealmImports.NAME);
        assertEquals(RealmImports.productionRealm(RealmImports.sourceRealm(), appHost),
                rendered.path("spec").path("realm"));
        assertEquals(RealmImports.KEYCLOAK, rendered.path("spec").path("keycloakCRName").asText());
    }
}
