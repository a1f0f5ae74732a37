package vn.dvk.registry.domain;

import java.util.List;

/**
 * The shape of a seed file: organisations as the organisation import takes them, campaigns as admins define them,
 * and demo models as their units would register them. Each part may be left out.
 */
public record SeedData(List<OrganisationEntry> organisations, List<CampaignDefinition> campaigns,
        List<DemoModel> models) {

    /** A model of a unit, taken as far as {@code status}: DRAFT, SUBMITTED or WITHDRAWN. */
    public record DemoModel(String unitId, ModelStatus status, ModelContent content) {
    }

    public List<OrganisationEntry> organisationsOrNone() {
        return organisations == null ? List.of() : organisations;
    }

    public List<CampaignDefinition> campaignsOrNone() {
        return campaigns == null ? List.of() : campaigns;
    }

    public List<DemoModel> modelsOrNone() {
        return models == null ? List.of() : models;
    }
}
