package vn.dvk.testing;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Signed access tokens shaped like Keycloak's: realm roles under {@code realm_access.roles}, the user's place
 * in the organisation tree in {@code org_id}, and the API audience.
 */
public final class TestTokens {

    public static final String AUDIENCE = "dvk-api";
    private static final Duration LIFETIME = Duration.ofMinutes(10);

    private TestTokens() {
    }

    /** A token for the API; {@code orgId} may be null for a token without the claim. */
    public static String token(String username, String orgId, String... roles) {
        return signed(AUDIENCE, LIFETIME, username, orgId, roles);
    }

    /** A token for the API that expires {@code lifetime} from now (a stream must end then). */
    public static String expiringIn(Duration lifetime, String username, String orgId, String... roles) {
        return signed(AUDIENCE, lifetime, username, orgId, roles);
    }

    /** A token signed by the right key but for another audience: must be refused. */
    public static String tokenForAnotherAudience(String username, String orgId, String... roles) {
        return signed("another-api", LIFETIME, username, orgId, roles);
    }

    private static String signed(String audience, Duration lifetime, String username, String orgId,
            String... roles) {
        var claims = Jwt.preferredUserName(username)
                .subject("user-" + username)
                .issuer(OidcIssuerResource.ISSUER)
                .audience(audience)
                .claim("azp", "dvk-web")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(lifetime);
        if (orgId != null) {
            claims.claim("org_id", orgId);
        }
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }
}
