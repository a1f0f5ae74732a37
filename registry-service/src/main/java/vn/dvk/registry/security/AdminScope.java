package vn.dvk.registry.security;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.security.Caller;
import vn.dvk.registry.domain.Organisation;

/**
 * The one rule for what an admin administers: their own organisation and every organisation under it (its
 * subtree). A province's admin thus administers the whole province, a bloc's admin the bloc, a base's the base.
 * Organisations, campaigns (by their launching organisation) and monthly indicators all ask here, so that no
 * resource grows a wider reach than another.
 *
 * <p>Reading stays province-wide: an admin sees their province's tree and campaigns. What they see but do not
 * administer is refused with 403 (nothing is hidden by saying so); what they may not see is the caller's
 * business of the access classes, which answer 404.
 */
@RequestScoped
public class AdminScope {

    private final Caller caller;

    public AdminScope(Caller caller) {
        this.caller = caller;
    }

    /** Whether the caller is an admin of the organisation or of one above it. */
    public boolean administers(Organisation org) {
        String own = caller.orgId();
        return caller.hasRole(Roles.ADMIN) && own != null && org.isAtOrUnder(own);
    }

    /** The organisation, once it is known that the caller administers it (403 otherwise). */
    public Organisation administered(Organisation org) {
        if (!administers(org)) {
            throw new ForbiddenException("Organisation " + org.id + " is outside what " + caller.orgId()
                    + " administers");
        }
        return org;
    }
}
