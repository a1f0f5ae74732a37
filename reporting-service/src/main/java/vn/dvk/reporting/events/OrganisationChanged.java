package vn.dvk.reporting.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import vn.dvk.contracts.vocabulary.OrgRef;

/**
 * What reporting reads of the registry's {@code dvk.registry.organisation.*.v1} changes: the organisation's place in
 * the tree and its issuer (how its documents are headed and signed) as it now stands; other fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationChanged(String organisationId, List<OrgRef> lineage, Organisation organisation) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Organisation(JsonNode issuer) {
    }

    boolean isComplete() {
        return organisationId != null && organisation != null && lineage != null && !lineage.isEmpty()
                && lineage.stream().allMatch(o -> o != null && o.id() != null)
                && organisationId.equals(lineage.get(lineage.size() - 1).id());
    }

    /** The issuer as JSON, or null when the organisation records none. */
    String issuerJson() {
        JsonNode issuer = organisation.issuer();
        return issuer == null || issuer.isNull() ? null : issuer.toString();
    }
}
