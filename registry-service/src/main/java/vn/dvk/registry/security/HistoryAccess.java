package vn.dvk.registry.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ForbiddenException;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.problems.NotFoundProblem;
import vn.dvk.kit.security.Caller;
import vn.dvk.registry.domain.OrgKind;
import vn.dvk.registry.domain.Organisation;
import vn.dvk.registry.history.HistoryImport;
import vn.dvk.registry.history.HistoryMessages;

/**
 * Who imports a province's past and who reads what was imported. An import writes campaigns launched anywhere in
 * the province and figures of any of its organisations, so only an admin of the province itself imports (a bloc's
 * or a base's admin administers a subtree: 403); the province's admins, auditors and leaders read the imports; to
 * a bloc's or base's reader and to another province an import answers 404 as if it did not exist.
 */
@RequestScoped
public class HistoryAccess {

    private final Caller caller;

    public HistoryAccess(Caller caller) {
        this.caller = caller;
    }

    /** The province the caller may import the past of (403 for an admin below the province). */
    public String importingProvince() {
        Organisation own = ownOrganisation();
        if (own.kind != OrgKind.PROVINCE || !caller.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("Only an admin of the province imports its history");
        }
        return own.provinceId;
    }

    /** An import of the province, read at the province's level (a bloc's or base's reader sees none: 404). */
    public HistoryImport readable(String id) {
        Organisation own = ownOrganisation();
        return HistoryImport.<HistoryImport>findByIdOptional(id)
                .filter(found -> own.kind == OrgKind.PROVINCE && found.provinceId.equals(own.provinceId))
                .orElseThrow(() -> new NotFoundProblem(HistoryMessages.NO_IMPORT.text(id)));
    }

    private Organisation ownOrganisation() {
        return Organisation.byId(caller.orgId())
                .orElseThrow(() -> new ForbiddenException("Unknown organisation " + caller.orgId()));
    }
}
