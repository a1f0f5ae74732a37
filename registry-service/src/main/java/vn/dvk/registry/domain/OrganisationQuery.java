package vn.dvk.registry.domain;

import io.quarkus.panache.common.Parameters;
import java.util.List;

/**
 * A page of a province's organisations in id order, after the id the previous page ended with. The filters
 * (kind, parentId, active) are null when not asked for.
 */
public record OrganisationQuery(String provinceId, OrgKind kind, String parentId, Boolean active, String afterId,
        int limit) {

    /** One more than the page holds, so that the caller knows whether another page follows. */
    public List<Organisation> pagePlusOne() {
        StringBuilder where = new StringBuilder("provinceId = :province");
        Parameters parameters = Parameters.with("province", provinceId);
        if (kind != null) {
            where.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (parentId != null) {
            where.append(" and parentId = :parent");
            parameters.and("parent", parentId);
        }
        if (active != null) {
            where.append(" and active = :active");
            parameters.and("active", active);
        }
        if (afterId != null) {
            where.append(" and id > :after");
            parameters.and("after", afterId);
        }
        return Organisation.<Organisation>find(where + " order by id", parameters).page(0, limit + 1).list();
    }
}
