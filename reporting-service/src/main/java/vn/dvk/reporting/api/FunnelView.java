package vn.dvk.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import vn.dvk.reporting.domain.Funnel;
import vn.dvk.reporting.domain.ReportQuery;

/** A campaign's recognition funnel over one organisation's subtree, for a period or as of a date. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FunnelView(String campaignId, String movement, String organisationId, String organisationName,
        String period, LocalDate from, LocalDate asOf, String field, String kind, String ownerKind,
        @JsonUnwrapped Funnel figures) {

    static FunnelView of(ReportQuery query, String organisationName, Funnel funnel) {
        return new FunnelView(query.campaignId(), query.movement(), query.organisationId(), organisationName,
                query.period(), query.from(), query.asOf(), query.field(), query.kind(), query.ownerKind(), funnel);
    }
}
