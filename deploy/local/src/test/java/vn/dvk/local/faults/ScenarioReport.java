package vn.dvk.local.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one scenario measured. {@code produced}: outbox rows the registry and recognition wrote; {@code topics}:
 * records and distinct events on each topic (the difference was sent again); {@code applied},
 * {@code duplicates}, {@code parked}: the consumers' own counters (empty where the services do not expose
 * them); {@code deadLettered}: records on the dead-letter topics; {@code lost}: accepted or committed facts
 * missing downstream; {@code recovery}: from healing the fault until every service agreed (empty: never within
 * the timeout).
 */
public record ScenarioReport(
        String scenario,
        String mode,
        Duration outage,
        long producedByRegistry,
        long producedByRecognition,
        Map<String, TopicTraffic.Count> topics,
        Optional<Long> applied,
        Optional<Long> duplicates,
        Optional<Long> parked,
        Optional<Long> deadLetteredCounted,
        Optional<Long> highestParked,
        Optional<Long> highestBacklog,
        long deadLettered,
        long lost,
        Instant faultAt,
        Instant healedAt,
        Duration healing,
        Optional<Duration> recovery,
        int acceptedSubmits,
        int acceptedActions,
        CallStats allCalls,
        CallStats duringOutage,
        String reconciliation,
        List<String> failures) {

    public static final String TABLE_HEADER = """
            | scenario | produced (registry + recognition) | records on topics (re-sent) | applied | duplicates absorbed | parked | dead-lettered | lost | time to recover | calls during outage | verdict |
            |---|---|---|---|---|---|---|---|---|---|---|""";

    public String tableRow() {
        long records = topics.entrySet().stream().filter(e -> !e.getKey().endsWith(".dlq"))
                .mapToLong(e -> e.getValue().records()).sum();
        long resent = topics.entrySet().stream().filter(e -> !e.getKey().endsWith(".dlq"))
                .mapToLong(e -> e.getValue().resent()).sum();
        return "| %s | %d + %d | %d (%d) | %s | %s | %s | %d | %d | %s | %s | %s |".formatted(scenario,
                producedByRegistry, producedByRecognition, records, resent, orNa(applied), orNa(duplicates),
                orNa(parked), deadLettered, lost,
                recovery.map(d -> seconds(d)).orElse("not within timeout"),
                duringOutage.total() == 0 ? "–" : "%d: %d×503, %d other 5xx, p50 %d ms, max %d ms".formatted(
                        duringOutage.total(), duringOutage.unavailable503(), duringOutage.otherServerErrors(),
                        duringOutage.p50(), duringOutage.max()),
                failures.isEmpty() ? "ok" : "**FAILED** (" + failures.size() + ")");
    }

    public String details() {
        StringBuilder text = new StringBuilder();
        text.append("### ").append(scenario).append(" (").append(mode).append(", outage ").append(seconds(outage))
                .append(")\n\n");
        text.append("- accepted: ").append(acceptedSubmits).append(" submissions, ").append(acceptedActions)
                .append(" committee actions\n");
        text.append("- events produced: ").append(producedByRegistry).append(" by the registry, ")
                .append(producedByRecognition).append(" by recognition\n");
        topics.forEach((topic, count) -> text.append("- topic ").append(topic).append(": ").append(count.records())
                .append(" records, ").append(count.distinctEvents()).append(" distinct events, ")
                .append(count.resent()).append(" re-sent\n"));
        text.append("- consumers: applied ").append(orNa(applied)).append(", duplicates absorbed ")
                .append(orNa(duplicates)).append(", parked ").append(orNa(parked)).append(", dead-lettered ").append(orNa(deadLetteredCounted))
                .append(" (most parked at once ")
                .append(orNa(highestParked)).append("), highest outbox backlog ").append(orNa(highestBacklog))
                .append("\n");
        text.append("- dead-lettered: ").append(deadLettered).append("; lost: ").append(lost).append("\n");
        text.append("- fault injected at ").append(faultAt).append(", healed at ").append(healedAt).append("\n");
        text.append("- fault healed in ").append(seconds(healing)).append("; recovered (all services agree) ")
                .append(recovery.map(d -> "in " + seconds(d) + " after healing began").orElse("NOT within the timeout"))
                .append("\n");
        text.append("- all calls: ").append(allCalls.describe()).append("\n");
        text.append("- calls to the failed part during the outage: ").append(duringOutage.describe()).append("\n");
        text.append("- reconciliation: ").append(reconciliation).append("\n");
        if (!failures.isEmpty()) {
            text.append("- **failures**:\n");
            failures.forEach(f -> text.append("  - ").append(f).append("\n"));
        }
        return text.append("\n").toString();
    }

    private static String orNa(Optional<Long> value) {
        return value.map(String::valueOf).orElse("n/a");
    }

    static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
