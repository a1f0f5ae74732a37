package vn.dvk.bench;

import java.util.Arrays;
import java.util.List;

/** Measured latencies in microseconds and their order statistics. */
record Latencies(String what, long[] sortedMicros) {

    static Latencies of(String what, List<Long> micros) {
        return new Latencies(what, micros.stream().mapToLong(Long::longValue).sorted().toArray());
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
