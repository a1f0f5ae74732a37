package vn.dvk.registry.events;

import java.time.OffsetDateTime;
import java.util.List;
import vn.dvk.contracts.vocabulary.OrgRef;
import vn.dvk.registry.domain.OrganisationEntry;

/**
 * The payload of every {@code dvk.registry.organisation.*.v1} event: the organisation as it now stands, as it
 * stood before the change (none when created), and the names of its ancestors, so that a consumer keeps every
 * name it shows current.
 *
 * @param sequence per organisation, increasing by one with each of its events (created is 1)
 * @param lineage the province down to the organisation itself, with today's names
 */
public record OrganisationChanged(
        String organisationId,
        long sequence,
        String provinceId,
        OrganisationEntry organisation,
        OrganisationEntry previous,
        List<OrgRef> lineage,
        String changedBy,
        OffsetDateTime changedAt) {
}
