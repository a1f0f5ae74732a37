package vn.dvk.registry.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.dvk.registry.domain.DocumentIssuer;
import vn.dvk.registry.domain.OrgKind;
import vn.dvk.registry.domain.Organisation;

/** An organisation as the API shows it; the {@code ETag} header names this state for {@code If-Match}. */
public record OrganisationView(String id, OrgKind kind, String code, String name, String parentId, String provinceId,
        boolean active, LocalDate validFrom, DocumentIssuer issuer, OffsetDateTime updatedAt) {

    static OrganisationView of(Organisation org) {
        return new OrganisationView(org.id, org.kind, org.code, org.name, org.parentId, org.provinceId, org.active,
                org.validFrom, org.issuer(), org.updatedAt);
    }
}
