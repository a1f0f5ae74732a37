package vn.dvk.registry.domain;

import java.util.List;

/** The shape of a seed file: organisations as the organisation import takes them, campaigns as admins define them. */
public record SeedData(List<OrganisationEntry> organisations, List<CampaignDefinition> campaigns) {
}
