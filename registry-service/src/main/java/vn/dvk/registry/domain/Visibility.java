package vn.dvk.registry.domain;

/**
 * The models a caller may see in lists: all of their own unit's ({@code unitId}), or the submitted ones whose
 * organisation path runs through their organisation ({@code underOrganisationId}).
 */
public record Visibility(String unitId, String underOrganisationId) {

    public static Visibility unit(String unitId) {
        return new Visibility(unitId, null);
    }

    public static Visibility submittedUnder(String organisationId) {
        return new Visibility(null, organisationId);
    }
}
