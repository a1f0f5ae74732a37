package vn.dvk.kit.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the verified access token's subject, roles and the {@code org_id} claim that places the
 * user in the organisation tree.
 */
@RequestScoped
public class Caller {

    public static final String ORG_CLAIM = "org_id";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** The caller's organisation; a token without one may not act on anything that belongs to an organisation. */
    public String orgId() {
        String orgId = token.getClaim(ORG_CLAIM);
        if (orgId == null || orgId.isBlank()) {
            throw new ForbiddenException("The access token carries no " + ORG_CLAIM + " claim");
        }
        return orgId;
    }

    public String username() {
        String name = token.getClaim("preferred_username");
        return name != null ? name : token.getSubject();
    }

    /** The token's subject: the user's stable id at the identity provider. */
    public String subject() {
        return token.getSubject();
    }

    /** The client application the token was issued to (its {@code azp}): which frontend acted, for the audit. */
    public String clientId() {
        return token.getClaim("azp");
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
