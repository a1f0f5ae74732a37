package vn.dvk.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import vn.dvk.reporting.domain.Funnel;
import vn.dvk.reporting.domain.Reports;
import vn.dvk.reporting.domain.Review;

/** A review conference's figures in one answer: what the dashboard and the printable report draw. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewView(String campaignId, String movement, String organisationId, String organisationName,
        String period, LocalDate from, LocalDate asOf, String field, String kind, String ownerKind, Funnel funnel,
        List<BreakdownEntry> fields, List<BreakdownEntry> kinds, List<BreakdownEntry> ownerKinds,
        List<Reports.OrganisationFigures> organisations, List<Reports.LevelBacklog> backlog,
        List<Reports.CommendationCount> commendations, List<Reports.Month> timeline,
        List<Reports.Replicated> mostReplicated, Reports.IndicatorTotals indicators) {

    static ReviewView of(Review review) {
        var query = review.query();
        return new ReviewView(query.campaignId(), query.movement(), query.organisationId(), review.organisationName(),
                query.period(), query.from(), query.asOf(), query.field(), query.kind(), query.ownerKind(),
                review.funnel(),
                BreakdownEntry.of(review.byField()), BreakdownEntry.of(review.byKind()),
                BreakdownEntry.of(review.byOwnerKind()), review.organisations(), review.backlog(),
                review.commendations(), review.timeline(), review.mostReplicated(), review.indicators());
    }
}
