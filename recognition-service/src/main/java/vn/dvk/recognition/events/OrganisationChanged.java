package vn.dvk.recognition.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What recognition reads of the registry's {@code dvk.registry.organisation.*.v1} events: the organisation's issuer
 * names as they now stand; other fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationChanged(String organisationId, String provinceId, Organisation organisation) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Organisation(Issuer issuer) {
    }

    /** Absent when the organisation records none; complete when present (the registry refuses less). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Issuer(String committee, String decidingBody, String onBehalfOf, String signerTitle, String place) {

        boolean isComplete() {
            return committee != null && decidingBody != null && onBehalfOf != null && signerTitle != null;
        }
    }

    boolean isComplete() {
        return organisationId != null && provinceId != null && organisation != null
                && (organisation.issuer() == null || organisation.issuer().isComplete());
    }
}
