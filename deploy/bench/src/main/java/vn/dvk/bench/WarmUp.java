package vn.dvk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rates of an endpoint's unmeasured runs, and whether they have settled: two runs in a row within
 * {@link #TOLERANCE} of each other, or {@link #MAX_RUNS} runs (a busy machine's rate may never settle).
 */
final class WarmUp {

    static final double TOLERANCE = 0.10;
    static final int MAX_RUNS = 12;

    private final List<Double> rates = new ArrayList<>();

    void add(double requestsPerSecond) {
        rates.add(requestsPerSecond);
    }

    boolean done() {
        int runs = rates.size();
        if (runs >= MAX_RUNS) {
            return true;
        }
        if (runs < 2) {
            return false;
        }
        double previous = rates.get(runs - 2);
        double last = rates.get(runs - 1);
        return Math.abs(last - previous) <= TOLERANCE * Math.max(last, previous);
    }

    @Override
    public String toString() {
        return rates.stream().map(rate -> String.format("%,.0f", rate)).collect(Collectors.joining(" → "));
    }
}
