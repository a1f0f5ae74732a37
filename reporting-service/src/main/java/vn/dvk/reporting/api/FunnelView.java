package vn.dvk.reporting.api;

import vn.dvk.reporting.domain.Funnel;

/** A campaign's recognition funnel as seen from one organisation (the caller's). */
public record FunnelView(String campaignId, String organisationId, long submitted, long recognizedAtBase,
        long recognizedAtBloc, long recognizedAtProvince) {

    static FunnelView of(String campaignId, String organisationId, Funnel.Counts counts) {
        return new FunnelView(campaignId, organisationId, counts.submitted(), counts.recognizedAtBase(),
                counts.recognizedAtBloc(), counts.recognizedAtProvince());
    }
}
