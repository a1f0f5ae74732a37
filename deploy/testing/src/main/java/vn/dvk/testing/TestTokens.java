package vn.dvk.testing;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed access tokens shaped like Keycloak's: realm roles under {@code realm_access.roles}, the user's place
 * in the organisation tree in {@code org_id}, and the API audience.
 */
public final class TestTokens {

    public static final String AUDIENCE = "dvk-api";
    private static final Duration LIFETIME = Duration.ofMinutes(20);
    /** A token handed out has at least this long to live: what tests awaiting figures for minutes rely on. */
    private static final Duration LEFT_AT_LEAST = Duration.ofMinutes(10);
    /**
     * Tokens signed already, by what they say. Signing is an RSA private-key operation: tens of milliseconds on the
     * tests' C1-compiled JVMs (BigInteger's intrinsics are C2's), and it was most of a service suite's CPU when
     * every call signed a new one.
     */
    private static final Map<Claims, Signed> SIGNED = new ConcurrentHashMap<>();

    private TestTokens() {
    }

    /** A token for the API; {@code orgId} may be null for a token without the claim. */
    public static String token(String username, String orgId, String... roles) {
        return signed(AUDIENCE, LIFETIME, "user-" + username, username, orgId, roles);
    }

    /**
     * A token with a chosen subject ({@code sub}; the others' is {@code "user-" + username}): the same person under
     * a new username, or another person under an old one.
     */
    public static String tokenWithSubject(String subject, String username, String orgId, String... roles) {
        return signed(AUDIENCE, LIFETIME, subject, username, orgId, roles);
    }

    /** A token for the API that expires {@code lifetime} from now (a stream must end then). */
    public static String expiringIn(Duration lifetime, String username, String orgId, String... roles) {
        return signed(AUDIENCE, lifetime, "user-" + username, username, orgId, roles);
    }

    /** A token signed by the right key but for another audience: must be refused. */
    public static String tokenForAnotherAudience(String username, String orgId, String... roles) {
        return signed("another-api", LIFETIME, "user-" + username, username, orgId, roles);
    }

    /**
     * A well-signed token whose {@code org_id} claim has whatever JSON shape {@code orgClaim} gives it (a number, a
     * list, a map): what a misconfigured protocol mapper would issue. Null leaves the claim out.
     */
    public static String tokenWithOrgClaim(String username, Object orgClaim, String... roles) {
        return signed(AUDIENCE, LIFETIME, "user-" + username, username, orgClaim, roles);
    }

    private static String signed(String audience, Duration lifetime, String subject, String username, Object orgId,
            String... roles) {
        if (!lifetime.equals(LIFETIME)) {
            return sign(audience, lifetime, subject, username, orgId, roles);
        }
        Instant reusableUntil = Instant.now().plus(LEFT_AT_LEAST);
        return SIGNED.compute(new Claims(audience, subject, username, orgId, List.of(roles)), (claims, signed) ->
                signed != null && signed.expiresAt().isAfter(reusableUntil) ? signed
                        : new Signed(sign(audience, lifetime, subject, username, orgId, roles),
                                Instant.now().plus(lifetime).minusSeconds(1))).token();
    }

    private static String sign(String audience, Duration lifetime, String subject, String username, Object orgId,
            String... roles) {
        var claims = Jwt.preferredUserName(username)
                .subject(subject)
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

    private record Claims(String audience, String subject, String username, Object orgId, List<String> roles) {
    }

    private record Signed(String token, Instant expiresAt) {
    }
}
