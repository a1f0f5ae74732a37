package vn.dvk.registry.security;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import vn.dvk.kit.api.Detail;
import vn.dvk.kit.api.NotFoundProblem;
import vn.dvk.kit.security.Caller;
import vn.dvk.registry.domain.Organisation;

/**
 * Organisations are read and administered province by province: a caller sees the tree of the province their
 * organisation belongs to, and an organisation of another province does not exist for them (404).
 */
@RequestScoped
public class OrganisationAccess {

    private final Caller caller;

    public OrganisationAccess(Caller caller) {
        this.caller = caller;
    }

    /** The province of the caller's organisation. */
    public String ownProvince() {
        return Organisation.byId(caller.orgId()).map(org -> org.provinceId)
                .orElseThrow(() -> new ForbiddenException("Unknown organisation " + caller.orgId()));
    }

    public Organisation readable(String id) {
        String province = ownProvince();
        return Organisation.byId(id).filter(org -> org.provinceId.equals(province))
                .orElseThrow(() -> new NotFoundProblem(Detail.of("Không có tổ chức " + id, "No organisation " + id)));
    }
}
