package vn.dvk.registry.domain;

/** A campaign is prepared (DRAFT), then takes registrations and reviews (OPEN), then is over (CLOSED). */
public enum CampaignStatus {
    DRAFT, OPEN, CLOSED
}
