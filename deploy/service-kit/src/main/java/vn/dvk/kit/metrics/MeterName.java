package vn.dvk.kit.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * A meter the suite exports, declared once in its module's {@link MeterCatalogue}: the code registers the meter
 * under this name, kind and base unit, and whatever depends on the series it becomes reads the declaration
 * instead of repeating it (deploy/k8s's alerts and dashboards; each service's test that every dvk_ series it
 * exports is declared). Nothing of Micrometer here, so that the declarations can be read without Quarkus.
 */
public record MeterName(String name, Kind kind, String baseUnit) {

    /** The kinds of meter, each with the series Micrometer's Prometheus registry makes of it. */
    public enum Kind {
        GAUGE, TIME_GAUGE, COUNTER, FUNCTION_COUNTER, DISTRIBUTION_SUMMARY, TIMER, FUNCTION_TIMER, LONG_TASK_TIMER
    }

    /**
     * What every meter of the suite is named under: the services' tests look at the dvk_ series they export, and
     * deploy/k8s's tests refuse a declaration named otherwise.
     */
    public static final String SUITE_PREFIX = "dvk.";

    public static MeterName gauge(String name) {
        return new MeterName(name, Kind.GAUGE, null);
    }

    public static MeterName gauge(String name, String baseUnit) {
        return new MeterName(name, Kind.GAUGE, baseUnit);
    }

    public static MeterName counter(String name) {
        return new MeterName(name, Kind.COUNTER, null);
    }

    public static MeterName functionCounter(String name) {
        return new MeterName(name, Kind.FUNCTION_COUNTER, null);
    }

    /**
     * The series this meter appears as in /q/metrics, named as Micrometer's PrometheusNamingConvention names
     * them: dots become underscores, a gauge's, counter's or summary's base unit is appended unless the name
     * ends with it, counters end in _total, timers in _seconds with _count, _sum and _max series.
     */
    public List<String> prometheusNames() {
        String base = name.replace('.', '_').replaceAll("[^a-zA-Z0-9_:]", "_");
        if (!Character.isLetter(base.charAt(0))) {
            base = "m_" + base;
        }
        return switch (kind) {
            case GAUGE, TIME_GAUGE -> List.of(withUnit(base, kind == Kind.TIME_GAUGE ? "seconds" : baseUnit));
            case COUNTER, FUNCTION_COUNTER -> {
                String counter = withUnit(base, baseUnit);
                yield List.of(counter.endsWith("_total") ? counter : counter + "_total");
            }
            case DISTRIBUTION_SUMMARY -> series(withUnit(base, baseUnit), "_count", "_sum", "_max");
            case TIMER, FUNCTION_TIMER -> series(withUnit(base, "seconds"), "_count", "_sum", "_max");
            case LONG_TASK_TIMER -> series(withUnit(base, "seconds"), "_active_count", "_duration_sum", "_max");
        };
    }

    private static String withUnit(String name, String unit) {
        return unit == null || unit.isEmpty() || name.endsWith("_" + unit) ? name : name + "_" + unit;
    }

    private static List<String> series(String base, String... suffixes) {
        return Arrays.stream(suffixes).map(suffix -> base + suffix).toList();
    }
}
