package vn.dvk.reporting.domain;

import java.util.List;
import java.util.Map;

/**
 * Everything a review conference ("hội nghị sơ kết, tổng kết") reads for one campaign, organisation subtree and
 * period, read at once so that its tables agree with each other: the funnel, its breakdowns, the organisations
 * under the one asked for, the backlog, commendations, the timeline, the most replicated models and units' indicators.
 */
public record Review(ReportQuery query, String organisationName, Funnel funnel, Map<String, Funnel> byField,
        Map<String, Funnel> byKind, Map<String, Funnel> byOwnerKind, List<Reports.OrganisationFigures> organisations,
        List<Reports.LevelBacklog> backlog, List<Reports.CommendationCount> commendations,
        List<Reports.Month> timeline, List<Reports.Replicated> mostReplicated, Reports.IndicatorTotals indicators) {
}
