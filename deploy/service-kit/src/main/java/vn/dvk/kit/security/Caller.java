package vn.dvk.kit.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
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
        String orgId = textClaim(ORG_CLAIM);
        if (orgId == null || orgId.isBlank()) {
            throw new ForbiddenException("The access token carries no " + ORG_CLAIM + " claim");
        }
        return orgId;
    }

    public String username() {
        String name = textClaim("preferred_username");
        return name != null ? name : token.getSubject();
    }

    /** The token's subject: the user's stable id at the identity provider. */
    public String subject() {
        return token.getSubject();
    }

    /** The client application the token was issued to (its {@code azp}): which frontend acted, for the audit. */
    public String clientId() {
        return textClaim("azp");
    }

    /**
     * A claim that must be a string, or null when the token has none. The signature only proves who issued the
     * token, not that a mapper put a string there: a number, list or object (a misconfigured mapper, another
     * issuer's convention) is refused as the token's fault, 403, rather than failing the request as a 500.
     */
    private String textClaim(String name) {
        Object value = token.getClaim(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw new ForbiddenException("The access token's " + name + " claim is not a string");
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
