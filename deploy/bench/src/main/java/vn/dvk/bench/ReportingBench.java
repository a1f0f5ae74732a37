package vn.dvk.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.TestTokens;
import vn.dvk.testing.suite.RestartableSuite;
import vn.dvk.testing.suite.ServiceReplica;

/**
 * The reporting service's figures on the suite the other benchmarks start: the dashboard's reads under concurrent
 * load beside a trivial endpoint of the same service, the time from a recognition to the funnel, read latency at
 * growing numbers of models (each size a campaign of its own, published as events and projected by the live
 * consumers), and a rebuild of every projection from the topics. See deploy/bench/README.md.
 */
public final class ReportingBench {

    private static final Pattern STATE = Pattern.compile("\"state\":\"([A-Z]+)\"");
    private static final Pattern APPLIED = Pattern.compile("\"eventsApplied\":(\\d+)");
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(30);
    /** A rebuild whose count stands still this long has died (an Error ends its thread, not its state). */
    private static final Duration STALLED = Duration.ofSeconds(180);

    private final RestartableSuite suite;
    private final BenchOptions options;
    private final BenchHttp reporting;
    private final ReportingProbe probe;
    private final StringBuilder report = new StringBuilder("# Reporting benchmark\n\n");
    private final Path reportFile;

    private ReportingBench(RestartableSuite suite, BenchOptions options, ReportingProbe probe) {
        this.suite = suite;
        this.options = options;
        this.reporting = new BenchHttp(suite.replicas(RestartableSuite.REPORTING).get(0).url());
        this.probe = probe;
        this.reportFile = options.workDirectory().resolve("reporting-report.md");
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchSuite.prepare(args, "reporting-work", 50, 5);
        System.out.println("Services from " + options.repoRoot() + "; data and logs in " + options.workDirectory());
        try (RestartableSuite suite = BenchSuite.start(options); ReportingProbe probe = new ReportingProbe(suite)) {
            System.out.println("Suite ready in " + suite.startTimes().get("whole suite").toMillis() + " ms");
            probe.enableStatements();
            ReportingBench bench = new ReportingBench(suite, options, probe);
            bench.section("Command", "reporting.sh " + String.join(" ", args) + "\n" + options.clients()
                    + " clients × " + options.durationSeconds() + " s for throughput; " + options.samples()
                    + " samples after " + options.warmUp() + " warm-up ones for latencies; "
                    + Runtime.getRuntime().availableProcessors() + " cores");
            bench.recognitionToFunnel();
            // The corpus below is published as if registry and recognition had produced it: were they running,
            // recognition would open a second case for every submission and the registry would be told of
            // recognitions of models it never registered. Reporting alone is measured from here on.
            suite.replicas(RestartableSuite.REGISTRY).forEach(ServiceReplica::stop);
            suite.replicas(RestartableSuite.RECOGNITION).forEach(ServiceReplica::stop);
            for (long size : options.models()) {
                bench.load(size);
                try {
                    bench.reads(size, "as the live consumers projected them");
                    bench.throughput(size);
                } catch (RuntimeException e) {
                    bench.section(String.format("Reads at %,d models FAILED", size), e.toString());
                }
            }
            long largest = options.models().get(options.models().size() - 1);
            if (bench.rebuild()) {
                // every event of every size is now projected, whatever the live consumers had reached
                bench.reads(largest, "after the rebuild");
            }
        }
        System.out.println("Report: " + options.workDirectory().resolve("reporting-report.md"));
    }

    /** Figure 2: from a recognition (recognition's API) to the funnel counting it. */
    private void recognitionToFunnel() throws Exception {
        System.out.println("Recognition → funnel: " + options.samples() + " samples after " + options.warmUp()
                + " warm-up ones...");
        Latencies latencies = Latencies.of("RECOGNIZE (200) → funnel counts it",
                new RecognitionToFunnel(suite).measure(options.warmUp(), options.samples()));
        section("Recognition → funnel", latencies.line());
    }

    /**
     * Figure 3's load: publishes a campaign of {@code size} models and lets the live consumers project it, for at
     * most {@code --live-minutes}; returns whether they caught up.
     */
    private boolean load(long size) throws Exception {
        ReportingCorpus corpus = new ReportingCorpus(campaign(size), size);
        probe.resetStatements();
        long takenBefore = probe.taken();
        Map<String, Duration> cpuBefore = probe.cpu();
        long started = System.nanoTime();
        System.out.printf("Publishing %,d models as events (campaign %s)...%n", size, corpus.campaignId());
        long events = corpus.publish(suite.kafka().bootstrapServers());
        double publishSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("  %,d events published in %.1f s (%.0f events/s); projecting...%n", events,
                publishSeconds, events / publishSeconds);
        ReportingProbe.Activity activity = probe.sampleActivity();
        Progress progress = new Progress(takenBefore, started);
        boolean caughtUp = follow(Duration.ofMinutes(options.liveMinutes()), Duration.ofSeconds(1), () -> {
            long behind = probe.lag();
            progress.saw(probe.taken(), (taken, perSecond) -> String.format(
                    "  %,d of %,d events taken in after %.0f s (%.0f/s over the last %d s), lag %,d",
                    taken - takenBefore, events, (System.nanoTime() - started) / 1e9, perSecond,
                    PROGRESS_EVERY.toSeconds(), behind));
            return behind == 0;
        });
        long lag = caughtUp ? 0 : probe.lag();
        activity.close();
        long taken = probe.taken() - takenBefore;
        // caught up: the last event came in within the last second; cut short: the rate up to now
        long lastChange = caughtUp ? Math.max(progress.lastMove(), System.nanoTime() - 1_000_000_000L)
                : System.nanoTime();
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        double seconds = (lastChange - started) / 1e9;
        Map<String, Long> outcomes = probe.events();
        String summary = String.format("""
                %,d models, %,d events published in %.1f s (%.0f events/s)
                live projection (from the first event published to the last taken in): %,d events %s in %.0f s: %.0f events/s%s
                inbox since start: %s
                %s
                %s
                %s
                reporting tables:
                %s""", size, events, publishSeconds, events / publishSeconds, taken,
                lag == 0 ? "(all)" : "(" + lag + " not yet: stopped after --live-minutes=" + options.liveMinutes() + ")",
                seconds, taken / seconds, lag == 0 ? "" : String.format(
                        "%nEXTRAPOLATED, not measured: all %,d at that rate would take %.0f min", events, events / (taken / seconds) / 60),
                outcomes, ReportingProbe.cpuLine(cpuBefore, probe.cpu(), wall), activity,
                probe.topStatements(12, taken), probe.tableSizes());
        section(String.format("Projecting %,d models", size), summary);
        if (outcomes.getOrDefault("dead_lettered", 0L) > 0) {
            throw new IllegalStateException("reporting dead-lettered events of the corpus: see its log");
        }
        return lag == 0;
    }

    /** Figure 3's reads: one at a time, beside the trivial endpoint, interleaved so that they share the load. */
    private void reads(long size, String when) throws Exception {
        String province = DemoCallers.reviewer(DemoCallers.PROVINCE);
        String bloc = TestTokens.token("bench.bloc", ModelCorpus.bloc(1), "reviewer");
        String query = "?campaignId=" + campaign(size);
        LocalDate halfYearAgo = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(6);
        Map<String, Runnable> requests = new LinkedHashMap<>();
        requests.put("baseline: GET /dashboard/settings.json", () -> reporting.get("/dashboard/settings.json", null));
        requests.put("funnel, province", () -> reporting.get("/api/v1/reports/funnel" + query + "&organisationId=ag",
                province));
        requests.put("funnel, province, asOf 6 months ago", () -> reporting.get("/api/v1/reports/funnel" + query
                + "&organisationId=ag&asOf=" + halfYearAgo, province));
        requests.put("review (all tables), province", () -> reporting.get("/api/v1/reports/review" + query
                + "&organisationId=ag", province));
        requests.put("review (all tables), one bloc", () -> reporting.get("/api/v1/reports/review" + query, bloc));
        String funnel = reporting.get("/api/v1/reports/funnel" + query + "&organisationId=ag", province);
        long lag = probe.lag();
        System.out.printf("Reads at %,d models (lag %,d)...%n", size, lag);
        probe.resetStatements();
        List<Latencies> latencies = Latencies.interleaved(options.warmUp(), options.samples(), requests);
        StringBuilder out = new StringBuilder("province funnel: " + funnel + "\n");
        out.append(String.format("consumer lag while reading: %,d before, %,d after%n", lag, probe.lag()));
        long baseline = latencies.get(0).median();
        for (Latencies l : latencies) {
            out.append(l.line()).append(String.format("   ×%.1f%n", l.median() / (double) baseline));
        }
        out.append(String.format("largest response: review, province, %,d bytes%n", reporting.get(
                "/api/v1/reports/review" + query + "&organisationId=ag", province).length()));
        out.append("statements while reading:\n").append(probe.topStatements(8, 0));
        section(String.format("Reads at %,d models (%s), one at a time", size, when), out.toString());
    }

    /** Figure 1: the dashboard's reads under {@code --clients} concurrent clients, beside trivial endpoints. */
    private void throughput(long size) throws Exception {
        String province = DemoCallers.reviewer(DemoCallers.PROVINCE);
        String query = "?campaignId=" + campaign(size) + "&organisationId=ag";
        Map<String, Runnable> requests = new LinkedHashMap<>();
        requests.put("GET /dashboard/settings.json", () -> reporting.get("/dashboard/settings.json", null));
        requests.put("GET /dashboard/dvk.css (static file)", () -> reporting.get("/dashboard/dvk.css", null));
        requests.put("GET /api/v1/reports/review, province", () -> reporting.get("/api/v1/reports/review" + query,
                province));
        requests.put("GET /api/v1/reports/funnel, province", () -> reporting.get("/api/v1/reports/funnel" + query,
                province));
        System.out.printf("Throughput at %,d models: %d clients, %d s each...%n", size, options.clients(),
                options.durationSeconds());
        StringBuilder out = new StringBuilder();
        Throughput baseline = null;
        for (Map.Entry<String, Runnable> request : requests.entrySet()) {
            Map<String, Duration> cpuBefore = probe.cpu();
            Throughput t = Throughput.measure(request.getKey(), options.clients(), Duration.ofSeconds(5),
                    Duration.ofSeconds(options.durationSeconds()), request.getValue());
            Map<String, Duration> cpuAfter = probe.cpu();
            baseline = baseline == null ? t : baseline;
            out.append(t.line()).append(String.format("   rate ÷ settings.json %.3f, p50 × %.1f%n",
                    t.requestsPerSecond() / baseline.requestsPerSecond(),
                    t.latencies().median() / (double) baseline.latencies().median()));
            out.append("    ").append(ReportingProbe.cpuLine(cpuBefore, cpuAfter,
                    Duration.ofSeconds(options.durationSeconds() + 5))).append('\n');
        }
        section(String.format("Throughput at %,d models, %d concurrent clients", size, options.clients()),
                out.toString());
    }

    /** Figure 4: POST the rebuild, follow it until DONE or FAILED; returns whether it was DONE. */
    private boolean rebuild() throws Exception {
        long onTopics = probe.eventsOnTopics();
        System.out.printf("Rebuilding the projections from %,d events on the topics...%n", onTopics);
        probe.resetStatements();
        Map<String, Duration> cpuBefore = probe.cpu();
        HttpResponse<String> started = reporting.post("/api/v1/projections/rebuild", DemoCallers.operator(), null);
        BenchHttp.expect(202, started, "POST /api/v1/projections/rebuild");
        long begin = System.nanoTime();
        ReportingProbe.Activity activity = probe.sampleActivity();
        Progress progress = new Progress(0, begin);
        String[] status = {started.body()};
        Duration atMost = options.rebuildMinutes() == 0 ? null : Duration.ofMinutes(options.rebuildMinutes());
        boolean ended = follow(atMost, Duration.ofSeconds(2), () -> {
            try {
                status[0] = reporting.get("/api/v1/projections/rebuild", DemoCallers.operator());
            } catch (IllegalStateException e) {
                status[0] = "{\"state\":\"UNREACHABLE\",\"error\":\"" + e.getMessage() + "\"}";
                return true;
            }
            String state = first(STATE, status[0]);
            if (!"RUNNING".equals(state) && !"SWITCHING".equals(state)) {
                return true;
            }
            String applied = first(APPLIED, status[0]);
            progress.saw(applied == null ? 0 : Long.parseLong(applied), (n, perSecond) -> String.format(
                    "  after %4.0f s: %,d events applied, %s", (System.nanoTime() - begin) / 1e9, n, state));
            if ("RUNNING".equals(state) && System.nanoTime() - progress.lastMove() > STALLED.toNanos()) {
                status[0] += " (no event applied for " + STALLED.toSeconds() + " s: given up)";
                return true;
            }
            return false;
        });
        if (!ended) {
            status[0] += " (still running: followed for --rebuild-minutes=" + options.rebuildMinutes() + " only)";
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - begin);
        String last = status[0];
        activity.close();
        String applied = first(APPLIED, last);
        double rate = applied == null ? 0 : Long.parseLong(applied) / (wall.toMillis() / 1000.0);
        String out = String.format("""
                events on the topics: %,d
                final status: %s
                wall time (POST to the last status seen, polled every 2 s): %.1f s; %s events applied: %.0f events/s%s
                %s
                %s
                progress:
                %s
                %s""", onTopics, last, wall.toMillis() / 1000.0, applied, rate,
                last.contains("\"state\":\"DONE\"") || rate == 0 ? "" : String.format(
                        "%nEXTRAPOLATED, not measured: all %,d events at that rate would take %.0f min", onTopics,
                        onTopics / rate / 60),
                ReportingProbe.cpuLine(cpuBefore, probe.cpu(), wall), activity, progress.lines(),
                probe.topStatements(12, applied == null ? 0 : Long.parseLong(applied)));
        section(String.format("Rebuild from %,d events", onTopics), out);
        return last.contains("\"state\":\"DONE\"");
    }

    /**
     * Evaluates {@code done} every {@code every} until it holds or {@code atMost} has passed (null: no limit; zero:
     * once); returns whether it held.
     */
    private static boolean follow(Duration atMost, Duration every, Callable<Boolean> done) throws Exception {
        if (atMost != null && atMost.isZero()) {
            return done.call();
        }
        ConditionFactory await = Awaitility.await().pollDelay(every).pollInterval(every);
        try {
            (atMost == null ? await.forever() : await.atMost(atMost)).until(done);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    /** A followed count: when it last moved, and a line every {@link #PROGRESS_EVERY} with its rate since the last. */
    private static final class Progress {
        private final StringBuilder lines = new StringBuilder();
        private long value;
        private long printed;
        private long lastMove;
        private long lastPrint;

        Progress(long start, long startedNanos) {
            value = start;
            printed = start;
            lastMove = startedNanos;
            lastPrint = System.nanoTime();
        }

        void saw(long now, BiFunction<Long, Double, String> line) {
            long at = System.nanoTime();
            if (now != value) {
                value = now;
                lastMove = at;
            }
            if (at - lastPrint > PROGRESS_EVERY.toNanos()) {
                String text = line.apply(now, (now - printed) / ((at - lastPrint) / 1e9));
                System.out.println(text);
                lines.append(text).append('\n');
                printed = now;
                lastPrint = at;
            }
        }

        long lastMove() {
            return lastMove;
        }

        String lines() {
            return lines.toString();
        }
    }

    private static String campaign(long size) {
        return "dvk-bench-" + size;
    }

    private static String first(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** Prints a section and rewrites the report with it, so that a run cut short leaves what it measured. */
    private void section(String title, String body) throws java.io.IOException {
        System.out.println("\n## " + title + "\n" + body);
        report.append("## ").append(title).append("\n\n```\n").append(body.strip()).append("\n```\n\n");
        Files.writeString(reportFile, report);
    }
}
