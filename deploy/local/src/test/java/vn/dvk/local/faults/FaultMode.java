package vn.dvk.local.faults;

import java.time.Duration;

/**
 * How hard the fault-injection test pushes. {@code short} (the default, part of every {@code ./mvnw verify}):
 * outages of 6 s under a modest load. {@code full}: the 30 s outages of the issue under a heavier load, selected
 * with {@code -Ddvk.faults=full} or the environment variable {@code DVK_FAULTS=full}.
 *
 * @param submitEvery the unit cadre's pace
 * @param queueVisitEvery each committee's pace
 * @param burst models submitted at once right before a service is killed
 * @param recoveryTimeout how long reconciliation may take after a fault is healed before the scenario fails
 */
public record FaultMode(String name, Duration outage, Duration submitEvery, Duration queueVisitEvery,
        int maxActionsPerVisit, int burst, int warmUpSubmits, int afterHealSubmits, Duration recoveryTimeout) {

    public static final FaultMode SHORT = new FaultMode("short", Duration.ofSeconds(6), Duration.ofMillis(400),
            Duration.ofMillis(300), 4, 12, 4, 4, Duration.ofSeconds(60));
    public static final FaultMode FULL = new FaultMode("full", Duration.ofSeconds(30), Duration.ofMillis(200),
            Duration.ofMillis(200), 6, 40, 20, 20, Duration.ofSeconds(240));

    public static FaultMode selected() {
        String chosen = System.getProperty("dvk.faults", System.getenv().getOrDefault("DVK_FAULTS", "short"));
        return switch (chosen.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "full" -> FULL;
            case "short", "" -> SHORT;
            default -> throw new IllegalArgumentException("dvk.faults / DVK_FAULTS is 'short' or 'full', not " + chosen);
        };
    }
}
