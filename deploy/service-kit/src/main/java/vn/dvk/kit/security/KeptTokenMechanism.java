package vn.dvk.kit.security;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * The way in for a bearer token that {@link VerifiedTokens} keeps. Quarkus' OIDC mechanism decodes the claims of
 * every bearer token it is handed, before any identity provider is asked (its credential parses the payload to tell
 * a JWT from an opaque token): 14 % of the service's time when a cadre read a model, the JSON parse of 1.6 KB of
 * claims at every request (JFR, deploy/bench). Asked first (a higher priority), this mechanism hands a kept token to
 * the identity providers with the credential made when it was verified, so that the providers and augmentors run as
 * for any token; every other request, with no token, another scheme or a token not kept, goes on to the OIDC
 * mechanism as before, which also answers the challenge.
 */
@ApplicationScoped
public class KeptTokenMechanism implements HttpAuthenticationMechanism {

    /** The OIDC mechanism's priority is {@value #OIDC_PRIORITY}: the higher is asked first. */
    static final int OIDC_PRIORITY = DEFAULT_PRIORITY + 1;
    private static final String BEARER = "Bearer ";

    private final VerifiedTokens verified;
    private final LongAdder letIn = new LongAdder();

    public KeptTokenMechanism(VerifiedTokens verified) {
        this.verified = verified;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        TokenCredential kept = bearer(context.request().getHeader(HttpHeaders.AUTHORIZATION))
                .flatMap(verified::credential).orElse(null);
        if (kept == null) {
            return Uni.createFrom().nullItem();
        }
        letIn.increment();
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(kept);
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem(); // the OIDC mechanism's
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public int getPriority() {
        return OIDC_PRIORITY + 1;
    }

    /** How many requests this mechanism handed on (for the tests). */
    long letIn() {
        return letIn.sum();
    }

    /** The token of an {@code Authorization: Bearer …} header (the scheme in any case, as RFC 9110 says). */
    static Optional<String> bearer(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(BEARER.length()).trim()).filter(t -> !t.isEmpty());
    }
}
