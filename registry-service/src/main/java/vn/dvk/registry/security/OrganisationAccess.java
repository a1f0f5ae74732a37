package vn.dvk.registry.security;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.problems.NotFoundProblem;
import vn.dvk.kit.security.Caller;
import vn.dvk.registry.domain.Organisation;
import vn.dvk.registry.domain.RegistryMessages;

/**
 * Organisations are read province by province: a caller sees the tree of the province their organisation belongs
 * to, and an organisation of another province does not exist for them (404). An admin changes only what
 * {@link AdminScope} says they administer, their own organisation's subtree (403 for the rest of the province).
 *
 * <p>Their monthly figures are narrower: a submitter reports and reads their own organisation's, an admin those of
 * the organisations under theirs (its subtree), a reviewer or a leader reads those of their subtree and an auditor
 * those of their province. An organisation whose figures are out of the caller's reach answers like an unknown one
 * (404), so that reach cannot be probed; a role that may never report is refused by the resource (403).
 */
@RequestScoped
public class OrganisationAccess {

    private final Caller caller;
    private final AdminScope scope;

    public OrganisationAccess(Caller caller, AdminScope scope) {
        this.caller = caller;
        this.scope = scope;
    }

    /** The province of the caller's organisation. */
    public String ownProvince() {
        return Organisation.byId(caller.orgId()).map(org -> org.provinceId)
                .orElseThrow(() -> new ForbiddenException("Unknown organisation " + caller.orgId()));
    }

    public Organisation readable(String id) {
        String province = ownProvince();
        return Organisation.byId(id).filter(org -> org.provinceId.equals(province)).orElseThrow(() -> unknown(id));
    }

    /** An organisation of the province the caller administers (404 outside the province, 403 outside their subtree). */
    public Organisation administrable(String id) {
        return scope.administered(readable(id));
    }

    /**
     * Refuses (403) a parent of the caller's province the caller does not administer. A parent that does not exist
     * there is left to the tree's own rules, which name it in a 400.
     */
    public void checkAdministersParent(String parentId) {
        if (parentId != null) {
            String province = ownProvince();
            Organisation.byId(parentId).filter(org -> org.provinceId.equals(province)).ifPresent(scope::administered);
        }
    }

    /** An organisation whose monthly figures the caller may read. */
    public Organisation indicatorsReadable(String id) {
        return Organisation.byId(id).filter(org -> reachesIndicators(org, false)).orElseThrow(() -> unknown(id));
    }

    /** An organisation whose monthly figures the caller may report or correct. */
    public Organisation indicatorsReportable(String id) {
        return Organisation.byId(id).filter(org -> reachesIndicators(org, true)).orElseThrow(() -> unknown(id));
    }

    private boolean reachesIndicators(Organisation org, boolean reporting) {
        String own = caller.orgId();
        if (caller.hasRole(Roles.SUBMITTER) && org.id.equals(own)) {
            return true;
        }
        if (scope.administers(org) || !reporting && readsSubtree() && org.isAtOrUnder(own)) {
            return true;
        }
        return !reporting && caller.hasRole(Roles.AUDITOR) && org.provinceId.equals(ownProvince());
    }

    /** Reviewers and leaders read the figures of their own organisation's subtree (and report none). */
    private boolean readsSubtree() {
        return caller.hasRole(Roles.REVIEWER) || caller.hasRole(Roles.LEADER);
    }

    private static NotFoundProblem unknown(String id) {
        return new NotFoundProblem(RegistryMessages.NO_ORGANISATION.text(id));
    }
}
