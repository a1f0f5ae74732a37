package vn.dvk.registry.domain;

import java.time.LocalDate;
import java.util.List;

/** The shape of a seed file: organisations (parents before children) and campaigns. */
public record SeedData(List<OrganisationSeed> organisations, List<CampaignSeed> campaigns) {

    public record OrganisationSeed(String id, OrgKind kind, String name, String parentId) {
    }

    public record CampaignSeed(String id, String movement, String name, String organisationId, LocalDate startsOn,
            LocalDate endsOn) {
    }
}
