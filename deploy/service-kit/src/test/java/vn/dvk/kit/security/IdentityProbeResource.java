package vn.dvk.kit.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Map;

/** Says who the caller is, as a resource reads it, and which request the identity's routing context belongs to. */
@Path("/test/identity")
@Authenticated
public class IdentityProbeResource {

    @Inject
    Caller caller;

    @Inject
    SecurityIdentity identity;

    @GET
    public Map<String, Object> who() {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(identity);
        return Map.of("username", caller.username(), "orgId", caller.orgId(), "leader", caller.hasRole("leader"),
                "probe", routing == null ? "none" : String.valueOf(routing.request().getHeader("X-Probe")));
    }
}
