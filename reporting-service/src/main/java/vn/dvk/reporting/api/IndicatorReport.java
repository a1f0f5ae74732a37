package vn.dvk.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.time.YearMonth;
import vn.dvk.reporting.domain.Reports;

/**
 * Units' indicators over a subtree and the months from {@code firstMonth} to {@code lastMonth} (those of
 * {@code period} when one was named), as reported by the end of {@code asOf} (none: as reported now).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorReport(String organisationId, String organisationName, String period, YearMonth firstMonth,
        YearMonth lastMonth, LocalDate asOf, @JsonUnwrapped Reports.IndicatorTotals totals) {
}
