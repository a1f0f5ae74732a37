package vn.dvk.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.suite.RestartableSuite;

/**
 * What a leader waits for after a committee recognises a model: from recognition's 200 to the base committee's
 * RECOGNIZE action (POST /api/v1/cases/{id}/actions, through recognition's own API) until reporting's funnel counts
 * it. Covers recognition's transaction and outbox relay, the Kafka hop, reporting's consumer and projection and the
 * funnel read, which is polled back to back.
 */
final class RecognitionToFunnel {

    private static final Pattern RECOGNIZED_AT_BASE = Pattern.compile("\"recognizedAtBase\":(\\d+)");
    private static final String FUNNEL = "/api/v1/reports/funnel?campaignId=dvk-2026";
    private static final Duration GIVE_UP = Duration.ofSeconds(60);
    private static final long POLL_NANOS = 1_000_000;

    private final RestartableSuite suite;
    private final BenchHttp recognition;
    private final BenchHttp reporting;

    RecognitionToFunnel(RestartableSuite suite) {
        this.suite = suite;
        this.recognition = new BenchHttp(suite.replicas(RestartableSuite.RECOGNITION).get(0).url());
        this.reporting = new BenchHttp(suite.replicas(RestartableSuite.REPORTING).get(0).url());
    }

    /**
     * Opens {@code warmUp + samples} cases of the demo unit (drafted and submitted through the registry), then
     * recognises them one after the other; returns the measured ones in microseconds.
     */
    List<Long> measure(int warmUp, int samples) throws Exception {
        List<UUID> cases = new SubmitToCase(suite.replicas(RestartableSuite.REGISTRY).get(0),
                suite.database(RestartableSuite.RECOGNITION)).openCases(warmUp + samples);
        List<Long> micros = new ArrayList<>(samples);
        for (int i = 0; i < cases.size(); i++) {
            String reviewer = DemoCallers.reviewer(DemoCallers.BASE); // fresh: tokens live ten minutes
            long before = recognizedAtBase(reviewer);
            long recognized = recognize(cases.get(i), reviewer);
            while (recognizedAtBase(reviewer) <= before) {
                if (System.nanoTime() - recognized > GIVE_UP.toNanos()) {
                    throw new IllegalStateException("The funnel did not count " + cases.get(i) + " within " + GIVE_UP);
                }
                LockSupport.parkNanos(POLL_NANOS);
            }
            if (i >= warmUp) {
                micros.add((System.nanoTime() - recognized) / 1000);
            }
        }
        return micros;
    }

    /** The base committee recognises the model at the case's version; returns the nanoTime of the 200. */
    private long recognize(UUID modelId, String reviewer) {
        String path = "/api/v1/cases/" + modelId;
        HttpResponse<String> read = recognition.getResponse(path, reviewer);
        BenchHttp.expect(200, read, path);
        String etag = read.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException("No ETag"));
        BenchHttp.expect(200, recognition.post(path + "/actions", reviewer, "{\"action\":\"RECOGNIZE\"}", "If-Match",
                etag), "RECOGNIZE " + modelId);
        return System.nanoTime();
    }

    private long recognizedAtBase(String reviewer) {
        String funnel = reporting.get(FUNNEL, reviewer);
        Matcher matcher = RECOGNIZED_AT_BASE.matcher(funnel);
        if (!matcher.find()) {
            throw new IllegalStateException("No recognizedAtBase in " + funnel);
        }
        return Long.parseLong(matcher.group(1));
    }
}
