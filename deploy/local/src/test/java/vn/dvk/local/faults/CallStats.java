package vn.dvk.local.faults;

import java.util.List;

/** What a set of calls came to: outcomes by kind and latency (milliseconds). */
public record CallStats(int total, int accepted, int conflicts, int unavailable503, int otherServerErrors,
        int unreachable, int noAnswer, long p50, long p99, long max) {

    public static CallStats of(List<Call> calls) {
        long[] latencies = calls.stream().filter(c -> c.status() != Call.UNREACHABLE)
                .mapToLong(Call::latencyMillis).sorted().toArray();
        return new CallStats(calls.size(),
                count(calls, Call::accepted),
                count(calls, c -> c.status() == 409),
                count(calls, c -> c.status() == 503),
                count(calls, c -> c.serverError() && c.status() != 503),
                count(calls, c -> c.status() == Call.UNREACHABLE),
                count(calls, c -> c.status() == Call.NO_ANSWER),
                percentile(latencies, 50), percentile(latencies, 99),
                latencies.length == 0 ? 0 : latencies[latencies.length - 1]);
    }

    private static int count(List<Call> calls, java.util.function.Predicate<Call> which) {
        return (int) calls.stream().filter(which).count();
    }

    static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    public String describe() {
        if (total == 0) {
            return "none";
        }
        return "%d calls: %d 2xx, %d 409, %d 503, %d other 5xx, %d unreachable, %d no answer; latency p50 %d ms, p99 %d ms, max %d ms"
                .formatted(total, accepted, conflicts, unavailable503, otherServerErrors, unreachable, noAnswer, p50,
                        p99, max);
    }
}
