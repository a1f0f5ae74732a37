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

    /**
     * The JPQL condition that a case's path places {@code org} below {@code ancestor}, the case's fields read through
     * {@code c} ("" or an alias and a dot): a path gives each organisation's level, so this looks below the ancestor
     * only, never beside or above it.
     */
    static String below(String c, String ancestor, String org) {
        return """
                ((%1$sprovinceId = %2$s and (%1$sblocId = %3$s or %1$sbaseId = %3$s or %1$sunitId = %3$s))
                    or (%1$sblocId = %2$s and (%1$sbaseId = %3$s or %1$sunitId = %3$s))
                    or (%1$sbaseId = %2$s and %1$sunitId = %3$s))""".formatted(c, ancestor, org);
    }

    /** Whether the organisation is the ancestor itself or one below it in the province. */
    public static boolean isWithin(String orgId, String ancestorId, String provinceId) {
        return orgId.equals(ancestorId)
                || ReviewCase.count("provinceId = ?1 and " + below("", "?2", "?3"), provinceId, ancestorId, orgId) > 0;
    }

    /**
     * Whether the organisation is the ancestor itself or one below it, in whichever province: the registry gives
     * every organisation an id of its own across provinces, so the ancestor's province needs no naming.
     */
    public static boolean isWithin(String orgId, String ancestorId) {
        return orgId.equals(ancestorId) || ReviewCase.count(below("", "?1", "?2"), ancestorId, orgId) > 0;
    }
}
