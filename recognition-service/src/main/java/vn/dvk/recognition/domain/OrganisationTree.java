package vn.dvk.recognition.domain;

import vn.dvk.contracts.vocabulary.Level;

/**
 * The organisation tree of a province as recognition knows it: from the paths of the cases it has received (every
 * submission carries its unit's path, so no call to the registry is needed). An organisation none of whose models,
 * nor any below it, was ever submitted is unknown here.
 */
public final class OrganisationTree {

    private OrganisationTree() {
    }

    /** Whether the organisation is the province's committee at the level: the province, a bloc, a base. */
    public static boolean isAt(Level level, String orgId, String provinceId) {
        if (level == Level.PROVINCE) {
            return orgId.equals(provinceId);
        }
        String column = level == Level.BLOC ? "blocId" : "baseId";
        return ReviewCase.count("provinceId = ?1 and " + column + " = ?2", provinceId, orgId) > 0;
    }

    /** Whether the organisation is the ancestor itself or one below it in the province. */
    public static boolean isWithin(String orgId, String ancestorId, String provinceId) {
        if (orgId.equals(ancestorId)) {
            return true;
        }
        // a case's path gives each organisation's level: look below the ancestor only, never beside or above it
        return ReviewCase.count("""
                provinceId = ?1 and (
                    (provinceId = ?2 and (blocId = ?3 or baseId = ?3 or unitId = ?3))
                    or (blocId = ?2 and (baseId = ?3 or unitId = ?3))
                    or (baseId = ?2 and unitId = ?3))""", provinceId, ancestorId, orgId) > 0;
    }
}
