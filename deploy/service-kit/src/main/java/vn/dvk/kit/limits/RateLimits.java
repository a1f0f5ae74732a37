package vn.dvk.kit.limits;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.dvk.kit.problems.TooManyRequestsProblem;

/**
 * Keeps one client from taking the service for itself: every API request (resources, not the /q endpoints) takes a
 * token from its caller's bucket, a signed-in user's by the token's subject (authentication has run: Quarkus
 * authenticates proactively, and an invalid token was answered 401 before this), an anonymous caller's by its
 * address. That address is the one the ingress controller reports (X-Forwarded-For, read as configured under
 * quarkus.http.proxy.*): ingress-nginx sets that header to the address it was reached from, replacing what the client
 * sent, and only the ingress controller reaches the services.
 */
public class RateLimits {

    @Inject
    ClientAllowances allowances;

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public void takeOneRequest(HttpServerRequest request) {
        if (!allowances.enabled()) {
            return;
        }
        var wait = identity.isAnonymous() ? allowances.takeAnonymous(address(request))
                : allowances.takeUser(subject());
        if (wait.isPresent()) {
            throw new TooManyRequestsProblem(wait.get());
        }
    }

    private String subject() {
        return identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                ? token.getSubject() : identity.getPrincipal().getName();
    }

    private static String address(HttpServerRequest request) {
        SocketAddress address = request.remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
