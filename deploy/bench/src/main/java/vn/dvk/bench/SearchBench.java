package vn.dvk.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.TestTokens;
import vn.dvk.testing.suite.RestartableSuite;

/**
 * List and search latency of {@code GET /api/v1/models} at growing numbers of models, beside a trivial endpoint
 * of the same service behind the same token check ({@code GET /api/v1/campaigns}) measured in the same run. See
 * deploy/bench/README.md.
 */
public final class SearchBench {

    private static final Pattern NEXT_CURSOR = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");
    private static final int DEEP_PAGE = 20;

    private final BenchHttp registry;

    private SearchBench(URI registry) {
        this.registry = new BenchHttp(registry);
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchSuite.prepare(args, "search-work", 50, 5);
        StringBuilder report = new StringBuilder("# List and search latency\n\n");
        try (RestartableSuite suite = BenchSuite.start(options);
                Connection db = suite.database(RestartableSuite.REGISTRY).connect()) {
            SearchBench bench = new SearchBench(suite.replicas(RestartableSuite.REGISTRY).get(0).url());
            ModelCorpus corpus = new ModelCorpus(db);
            corpus.addOrganisations();
            long loaded = 0;
            for (long target : options.models()) {
                long started = System.nanoTime();
                for (long from = loaded + 1; from <= target; from += 100_000) {
                    corpus.addModels(from, Math.min(target, from + 99_999));
                    System.out.printf("  %,d models loaded%n", Math.min(target, from + 99_999));
                }
                corpus.analyze();
                loaded = target;
                System.out.printf("%,d models in %.0f s; measuring %d samples per request after %d warm-up ones%n",
                        target, (System.nanoTime() - started) / 1e9, options.samples(), options.warmUp());
                report.append("## ").append(String.format("%,d", target)).append(" models\n\n```\n");
                for (Map.Entry<String, Supplier<String>> kind : bench.requests().entrySet()) {
                    int items = itemsIn(kind.getValue().get());
                    Latencies latencies = Latencies.measure(kind.getKey(), options.warmUp(), options.samples(),
                            kind.getValue()::get);
                    String line = latencies.line() + "   (" + items + " on the page)";
                    System.out.println(line);
                    report.append(line).append('\n');
                }
                report.append("```\n\n");
            }
        }
        Path file = options.workDirectory().resolve("search-report.md");
        Files.writeString(file, report);
        System.out.println("Report: " + file);
    }

    /** What is measured: each entry makes one request (following cursors where the kind is a deep page). */
    private Map<String, Supplier<String>> requests() {
        String unit = TestTokens.token("bench.unit", "ag-bench-b01-s1-u1", "submitter");
        String bloc = TestTokens.token("bench.bloc", ModelCorpus.bloc(1), "reviewer");
        String province = DemoCallers.reviewer(DemoCallers.PROVINCE);
        Map<String, Supplier<String>> kinds = new LinkedHashMap<>();
        kinds.put("baseline: GET /api/v1/campaigns", () -> get("/api/v1/campaigns", province));
        kinds.put("unit's list, first page", () -> get("/api/v1/models", unit));
        kinds.put("bloc's list, field + status", () -> get("/api/v1/models?field=ECONOMY&status=SUBMITTED", bloc));
        kinds.put("province's list, recognised at bloc+", () -> get("/api/v1/models?levelReached=BLOC", province));
        String deep = deepPage("/api/v1/models?limit=20", province);
        kinds.put("province's list, page " + DEEP_PAGE + " by cursor", () -> get(deep, province));
        kinds.put("search \"dan van kheo\" (1/3 of models)", () -> get("/api/v1/models?q=" + encode("dan van kheo"), province));
        kinds.put("search \"khmer\" (1/1000)", () -> get("/api/v1/models?q=khmer", province));
        kinds.put("search with a typo \"thu gom rac thia\"", () -> get("/api/v1/models?q=" + encode("thu gom rac thia"), province));
        kinds.put("search in a bloc \"nuoi trong thuy san\"",
                () -> get("/api/v1/models?q=" + encode("nuoi trong thuy san"), bloc));
        kinds.put("search, newest first \"dan van kheo\"",
                () -> get("/api/v1/models?sort=NEWEST&q=" + encode("dan van kheo"), province));
        return kinds;
    }

    /** The request for a deep page: found by following nextCursor, so that only that page's request is timed. */
    private String deepPage(String path, String token) {
        String body = get(path, token);
        for (int page = 2; page < DEEP_PAGE; page++) {
            body = get(path + "&cursor=" + cursorOf(body), token);
        }
        return path + "&cursor=" + cursorOf(body);
    }

    /** Models on a page of the list (each summary names its unit once); 0 for other answers. */
    private static int itemsIn(String body) {
        return body.split("\"unitId\"", -1).length - 1;
    }

    private static String cursorOf(String body) {
        Matcher matcher = NEXT_CURSOR.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("No next page: " + body);
        }
        return matcher.group(1);
    }

    private String get(String path, String token) {
        return registry.get(path, token);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
