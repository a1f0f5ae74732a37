package vn.dvk.reporting.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the web frontends sign in. */
@ConfigMapping(prefix = "dvk.web")
public interface WebSettings {

    /** The OIDC issuer as browsers reach it (in Kubernetes not the address services fetch keys from). */
    String issuer();

    /** The public client registered for the web frontends. */
    @WithDefault("dvk-web")
    String clientId();
}
