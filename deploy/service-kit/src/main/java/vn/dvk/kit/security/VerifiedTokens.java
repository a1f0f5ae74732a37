package vn.dvk.kit.security;

import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The identities of the bearer tokens verified lately, so that a token is verified once and not at every request.
 * Verifying a token (its RSA signature, its claims parsed twice over, the identity built from them) took 40 to 47 %
 * of the request threads' time when a reader read a model, a funnel or the review queue (JFR, deploy/bench); a
 * dashboard or a reviewer sends the same token with every request of its lifetime.
 * <p>
 * Asked before Quarkus' own OIDC provider (a higher priority), it hands a token it has not seen, or no longer keeps,
 * to that provider, and keeps what it answers: a token refused is never kept. A token is kept until it expires, and
 * at most {@link #MAX_AGE}: a signing key the issuer withdraws stops the tokens it signed within that time rather
 * than at once (the verification is local, so no revocation of a token itself was ever seen here). Its identity
 * carries the routing context of the request that verified it: each request gets its own.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    static final Duration MAX_AGE = Duration.ofSeconds(60);
    /** What {@link IdentityProvider#priority()} answers unless a provider says otherwise (the higher goes first). */
    private static final int DEFAULT_PRIORITY = IdentityProvider.SYSTEM_FIRST + 1;
    /** Tokens of 1 to 2 KB: the users of one replica's last minute fit many times over. */
    static final int MAX_ENTRIES = 2_000;

    /** An identity and the credential it was verified from (what {@link KeptTokenMechanism} hands back). */
    private record Verified(SecurityIdentity identity, TokenCredential credential, long keptUntilMillis) {
    }

    private final Map<String, Verified> tokens = new ConcurrentHashMap<>();
    private final OidcIdentityProvider oidc;

    public VerifiedTokens(OidcIdentityProvider oidc) {
        this.oidc = oidc;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return 2 * DEFAULT_PRIORITY; // before the OIDC provider, which has the default
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        long now = System.currentTimeMillis();
        Optional<Verified> verified = kept(request.getToken().getToken(), now);
        if (verified.isPresent()) {
            return Uni.createFrom().item(forThisRequest(verified.get().identity(), request));
        }
        return oidc.authenticate(request, context).invoke(identity -> keep(request.getToken(), identity, now));
    }

    /** The credential the token was verified from, while its identity is kept. */
    Optional<TokenCredential> credential(String token) {
        return kept(token, System.currentTimeMillis()).map(Verified::credential);
    }

    /** The token's verification while it is kept; one kept too long is dropped. */
    private Optional<Verified> kept(String token, long now) {
        Verified verified = tokens.get(token);
        if (verified == null) {
            return Optional.empty();
        }
        if (now < verified.keptUntilMillis()) {
            return Optional.of(verified);
        }
        tokens.remove(token, verified);
        return Optional.empty();
    }

    /** Whether the token's identity is kept (for the tests). */
    boolean keeps(String token) {
        return tokens.containsKey(token);
    }

    private void keep(TokenCredential credential, SecurityIdentity identity, long now) {
        if (identity == null || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return; // only tokens that say when they expire
        }
        long until = Math.min(jwt.getExpirationTime() * 1_000, now + MAX_AGE.toMillis());
        if (tokens.size() >= MAX_ENTRIES) {
            tokens.values().removeIf(v -> v.keptUntilMillis() <= now);
            if (tokens.size() >= MAX_ENTRIES) {
                tokens.clear(); // a flood of new tokens: verifying them is what it costs anyway
            }
        }
        tokens.put(credential.getToken(), new Verified(identity, credential, until));
    }

    /** The kept identity with this request's routing context, where the OIDC provider puts it. */
    private static SecurityIdentity forThisRequest(SecurityIdentity identity, TokenAuthenticationRequest request) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing == null) {
            return identity;
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        OidcUtils.setRoutingContextAttribute(builder, routing);
        OidcUtils.setBlockingApiAttribute(builder, routing);
        return builder.build();
    }
}
