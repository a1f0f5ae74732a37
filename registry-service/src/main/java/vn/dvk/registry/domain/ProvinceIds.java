package vn.dvk.registry.domain;

import java.util.Optional;
import vn.dvk.kit.problems.BilingualText;

/**
 * Ids of organisations and campaigns are global (tokens name an organisation by its id alone), but a province's
 * admins choose new ones only in their province's own space: {@code <province id>-…}, as the seed files do
 * ({@code ag-syt}, {@code kg-dvk-2026}). An id of another province's space is refused for its form, before anything
 * is looked up, so a create answers the same whether another province uses that id or not: ids cannot be probed
 * across provinces.
 */
public final class ProvinceIds {

    private ProvinceIds() {
    }

    /** Why the id cannot be new in the province, judged on its form alone. */
    public static Optional<BilingualText> defect(String id, String provinceId) {
        if (id.startsWith(provinceId + "-") && id.length() > provinceId.length() + 1) {
            return Optional.empty();
        }
        return Optional.of(RegistryMessages.ID_MUST_BEGIN_WITH.text(provinceId));
    }
}
