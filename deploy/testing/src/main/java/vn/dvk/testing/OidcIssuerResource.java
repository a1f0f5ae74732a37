package vn.dvk.testing;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.Map;

/**
 * A real OIDC issuer for the tests (Quarkus' WireMock-backed provider): the service discovers it, fetches
 * its signing keys and verifies every token's signature, issuer, audience and expiry, as it would against
 * Keycloak. {@link TestTokens} signs tokens with the issuer's key.
 */
public class OidcIssuerResource extends OidcWiremockTestResource {

    public static final String ISSUER = "https://server.example.com";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("quarkus.oidc.auth-server-url", config.get("keycloak.url") + "/realms/quarkus");
        config.put("quarkus.oidc.token.issuer", ISSUER);
        return config;
    }
}
