package vn.dvk.recognition.documents;

import java.util.Optional;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.contracts.vocabulary.OrgRef;
import vn.dvk.recognition.domain.OrganisationIssuer;

/**
 * The Party heading a document prints for its issuer: the names the organisation tree records for it (its
 * committee, deciding body, the line over the signature, its place) where the registry has published them, else
 * the names {@link PartyHeading} derives from the tree's names. The province's place stands in for an issuer that
 * records none.
 */
public final class IssuerHeadings {

    private IssuerHeadings() {
    }

    /** The heading of the committee at the level of the path. */
    public static PartyHeading of(Level level, OrgPath path) {
        PartyHeading derived = PartyHeading.of(level, path);
        OrgRef issuer = path.at(level);
        return recorded(derived, issuer == null ? null : issuer.id(), path.province() == null ? null
                : path.province().id());
    }

    /** The heading of an issuer known only by its id, name and level (a decision without cases). */
    public static PartyHeading ofIssuer(Level level, String issuerOrgId, String issuerName) {
        return recorded(PartyHeading.ofIssuer(level, issuerName), issuerOrgId, null);
    }

    private static PartyHeading recorded(PartyHeading derived, String issuerOrgId, String provinceId) {
        Optional<OrganisationIssuer> recorded = OrganisationIssuer.of(issuerOrgId);
        String provincePlace = OrganisationIssuer.of(provinceId).map(province -> province.place).orElse(null);
        return recorded.map(names -> derived.recorded(names.committee, names.decidingBody, names.onBehalfOf,
                        names.place != null ? names.place : provincePlace))
                .orElseGet(() -> provincePlace == null ? derived
                        : derived.recorded(derived.issuingBody(), derived.decidingBody(), derived.onBehalfOfLine(),
                                provincePlace));
    }
}
