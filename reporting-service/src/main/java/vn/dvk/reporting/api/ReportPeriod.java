package vn.dvk.reporting.api;

import java.time.LocalDate;
import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named reporting period, as review conferences count: a year ({@code 2026}), a half-year ({@code 2026-H1}, "6 tháng
 * đầu năm"; {@code 2026-H2}, "6 tháng cuối năm") or a quarter ({@code 2026-Q1} … {@code 2026-Q4}). It stands for the
 * from and asOf a caller would otherwise give: its first and its last day.
 */
record ReportPeriod(LocalDate firstDay, LocalDate lastDay) {

    static final String EXAMPLES = "2026, 2026-H1, 2026-Q3";

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-([QH])([1-4]))?");

    /** The period the text names, or null when it names none (a half-year after H2, a quarter after Q4 included). */
    static ReportPeriod parse(String text) {
        Matcher matcher = PERIOD.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        Year year = Year.of(Integer.parseInt(matcher.group(1)));
        if (matcher.group(2) == null) {
            return new ReportPeriod(year.atDay(1), year.atMonth(12).atEndOfMonth());
        }
        int number = Integer.parseInt(matcher.group(3));
        int months = matcher.group(2).equals("Q") ? 3 : 6;
        if (number > 12 / months) {
            return null;
        }
        LocalDate first = year.atMonth((number - 1) * months + 1).atDay(1);
        return new ReportPeriod(first, first.plusMonths(months).minusDays(1));
    }
}
