package vn.dvk.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Measured latencies in microseconds and their order statistics. */
record Latencies(String what, long[] sortedMicros) {

    static Latencies of(String what, List<Long> micros) {
        return new Latencies(what, micros.stream().mapToLong(Long::longValue).sorted().toArray());
    }

    /** Runs the request {@code warmUp} times unmeasured, then {@code samples} times one after the other, timed. */
    static Latencies measure(String what, int warmUp, int samples, Runnable request) {
        return interleaved(warmUp, samples, Map.of(what, request)).get(0);
    }

    /**
     * Runs each request once per round, in the order given, {@code warmUp} rounds unmeasured and {@code samples}
     * timed: requests measured side by side see the same load of a shared, noisy machine, so their ratios hold.
     */
    static List<Latencies> interleaved(int warmUp, int samples, Map<String, Runnable> requests) {
        Map<String, List<Long>> micros = new LinkedHashMap<>();
        requests.keySet().forEach(what -> micros.put(what, new ArrayList<>(samples)));
        for (int i = 0; i < warmUp + samples; i++) {
            for (Map.Entry<String, Runnable> request : requests.entrySet()) {
                long started = System.nanoTime();
                request.getValue().run();
                if (i >= warmUp) {
                    micros.get(request.getKey()).add((System.nanoTime() - started) / 1000);
                }
            }
        }
        return micros.entrySet().stream().map(e -> of(e.getKey(), e.getValue())).toList();
    }

    long percentile(int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, Math.min(sortedMicros.length - 1, index))];
    }

    long median() {
        return percentile(50);
    }

    long max() {
        return sortedMicros[sortedMicros.length - 1];
    }

    String line() {
        return String.format("%-46s n=%-4d median %8.1f ms   p90 %8.1f ms   p99 %8.1f ms   max %8.1f ms", what,
                sortedMicros.length, ms(median()), ms(percentile(90)), ms(percentile(99)), ms(max()));
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    @Override
    public String toString() {
        return what + Arrays.toString(sortedMicros);
    }
}
