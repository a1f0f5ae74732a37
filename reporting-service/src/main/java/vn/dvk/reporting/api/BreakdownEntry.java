package vn.dvk.reporting.api;

import java.util.List;
import java.util.Map;
import vn.dvk.reporting.domain.Funnel;
import vn.dvk.reporting.domain.Labels;

/** One value of a breakdown (a field, a kind, an owner kind), its Vietnamese name, and its funnel. */
public record BreakdownEntry(String value, String label, Funnel funnel) {

    static List<BreakdownEntry> of(Map<String, Funnel> breakdown) {
        return breakdown.entrySet().stream().map(e -> new BreakdownEntry(e.getKey(), Labels.of(e.getKey()),
                e.getValue())).toList();
    }
}
