package vn.dvk.reporting.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where the leaders' pages sign in: the issuer browsers reach (in Kubernetes not the address the service uses to
 * fetch keys) and the public client registered for the web frontends. Nothing secret.
 */
@Path("/dashboard/settings.json")
@Tag(name = "Reports")
@PermitAll
@SecurityRequirementsSet // none: a page reads it before anyone has signed in
public class DashboardSettings {

    /** What a page needs to run the authorization-code flow with PKCE. */
    public record Settings(String issuer, String clientId) {
    }

    private final Settings settings;

    public DashboardSettings(WebSettings web) {
        this.settings = new Settings(web.issuer(), web.clientId());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDashboardSettings", summary = "The OIDC issuer and public client the pages sign in "
            + "with")
    public Settings settings() {
        return settings;
    }
}
