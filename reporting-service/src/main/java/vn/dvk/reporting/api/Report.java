package vn.dvk.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import vn.dvk.reporting.domain.ReportQuery;

/** A report's rows, with what they count: the campaign or movement, the organisation's subtree and the period. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report<T>(String campaignId, String movement, String organisationId, String organisationName,
        String period, LocalDate from, LocalDate asOf, List<T> items) {

    static <T> Report<T> of(ReportQuery query, String organisationName, List<T> items) {
        return new Report<>(query.campaignId(), query.movement(), query.organisationId(), organisationName,
                query.period(), query.from(), query.asOf(), items);
    }
}
