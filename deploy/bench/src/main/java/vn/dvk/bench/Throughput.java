package vn.dvk.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: {@code clients} threads each send the request again as soon as the last one answered, for a
 * fixed time after an unmeasured warm-up. What comes out is the rate the service sustained and the latencies under
 * that load.
 *
 * @param requestsPerSecond requests that answered (as expected) within the measured time, per second
 * @param failures requests that failed (wrong status, connection error) in the measured time
 */
record Throughput(String what, int clients, double requestsPerSecond, long failures, Latencies latencies) {

    static Throughput measure(String what, int clients, Duration warmUp, Duration duration, Runnable request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong failures = new AtomicLong();
        try {
            long start = System.nanoTime() + warmUp.toNanos();
            long end = start + duration.toNanos();
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                results.add(pool.submit(() -> {
                    List<Long> micros = new ArrayList<>();
                    while (true) {
                        long began = System.nanoTime();
                        if (began >= end) {
                            return micros;
                        }
                        boolean ok = true;
                        try {
                            request.run();
                        } catch (RuntimeException e) {
                            ok = false;
                        }
                        long took = System.nanoTime() - began;
                        if (began >= start && began + took <= end) { // only requests wholly inside the measured time
                            if (ok) {
                                micros.add(took / 1000);
                            } else {
                                failures.incrementAndGet();
                            }
                        }
                    }
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                all.addAll(result.get());
            }
            if (all.isEmpty()) {
                throw new IllegalStateException(what + ": no request answered within " + duration);
            }
            return new Throughput(what, clients, all.size() / (duration.toNanos() / 1e9), failures.get(),
                    Latencies.of(what, all));
        } finally {
            pool.shutdownNow();
        }
    }

    String line() {
        return String.format("%-46s %d clients  %8.1f req/s   p50 %8.1f ms   p99 %8.1f ms%s", what, clients,
                requestsPerSecond, latencies.median() / 1000.0, latencies.percentile(99) / 1000.0,
                failures == 0 ? "" : "   FAILED " + failures);
    }
}
