package vn.dvk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
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
    private final BenchHttp reporting;

    private SearchBench(URI registry, URI reporting) {
        this.registry = new BenchHttp(registry);
        this.reporting = new BenchHttp(reporting);
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchSuite.prepare(args, "search-work", 50, 5);
        StringBuilder report = new StringBuilder("# List and search latency\n\n");
        try (RestartableSuite suite = BenchSuite.start(options);
                Connection db = suite.database(RestartableSuite.REGISTRY).connect();
                Connection reportingDb = suite.database(RestartableSuite.REPORTING).connect()) {
            SearchBench bench = new SearchBench(suite.replicas(RestartableSuite.REGISTRY).get(0).url(),
                    suite.replicas(RestartableSuite.REPORTING).get(0).url());
            ModelCorpus corpus = new ModelCorpus(db);
            GalleryCorpus gallery = new GalleryCorpus(reportingDb);
            corpus.addOrganisations();
            long loaded = 0;
            for (long target : options.models()) {
                long started = System.nanoTime();
                for (long from = loaded + 1; from <= target; from += 100_000) {
                    corpus.addModels(from, Math.min(target, from + 99_999));
                    gallery.addModels(from, Math.min(target, from + 99_999));
                    System.out.printf("  %,d models loaded%n", Math.min(target, from + 99_999));
                }
                corpus.analyze();
                gallery.analyze();
                loaded = target;
                System.out.printf("%,d models in %.0f s; measuring %d samples per request after %d warm-up ones%n",
                        target, (System.nanoTime() - started) / 1e9, options.samples(), options.warmUp());
                report.append("## ").append(String.format("%,d", target)).append(" models\n\n```\n");
                Map<String, Supplier<String>> requests = new LinkedHashMap<>(bench.requests());
                requests.putAll(bench.galleryRequests());
                for (Map.Entry<String, Supplier<String>> kind : requests.entrySet()) {
                    int items = itemsIn(kind.getValue().get());
                    Latencies latencies = Latencies.measure(kind.getKey(), options.warmUp(), options.samples(),
                            kind.getValue()::get);
                    String line = latencies.line() + "   (" + items + " on the page)";
                    System.out.println(line);
                    report.append(line).append('\n');
                }
                report.append("```\n\n");
            }
            holdIfAsked(options, suite);
        }
        Path file = options.workDirectory().resolve("search-report.md");
        Files.writeString(file, report);
        System.out.println("Report: " + file);
    }

    /**
     * With {@code -Ddvk.bench.hold=true}: keeps the suite and its loaded database up after measuring, until the file
     * {@code release} appears in the work directory, so that plans can be read (EXPLAIN) on the largest corpus.
     */
    private static void holdIfAsked(BenchOptions options, RestartableSuite suite)
            throws IOException, InterruptedException {
        if (!Boolean.getBoolean("dvk.bench.hold")) {
            return;
        }
        var database = suite.database(RestartableSuite.REGISTRY);
        Path release = options.workDirectory().resolve("release");
        System.out.printf("Holding: %s (user %s, password %s); touch %s to stop%n", database.jdbcUrl(),
                database.user(), database.password(), release);
        // woken by each file created in the work directory, not by a clock: then look for the one that releases
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            release.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            while (!Files.exists(release)) {
                WatchKey key = watcher.take();
                key.pollEvents();
                key.reset();
            }
        }
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

    /**
     * The public gallery (reporting's model_fact, filled alike): no token. Its baseline is reporting's trivial
     * {@code /dashboard/settings.json}, measured in the same run.
     */
    private Map<String, Supplier<String>> galleryRequests() {
        Map<String, Supplier<String>> kinds = new LinkedHashMap<>();
        kinds.put("baseline: GET /dashboard/settings.json", () -> reporting.get("/dashboard/settings.json", null));
        kinds.put("gallery, first page", () -> gallery("/api/v1/gallery"));
        kinds.put("gallery, field + level", () -> gallery("/api/v1/gallery?field=ECONOMY&level=PROVINCE"));
        String deep = deepGalleryPage("/api/v1/gallery?limit=20");
        kinds.put("gallery, page " + DEEP_PAGE + " by cursor", () -> gallery(deep));
        kinds.put("gallery \"dan van kheo\" (1/3 of models)", () -> gallery("/api/v1/gallery?q=" + encode("dan van kheo")));
        kinds.put("gallery \"khmer\" (1/1000)", () -> gallery("/api/v1/gallery?q=khmer"));
        kinds.put("gallery \"nuoi trong thuy san\" + level", () -> gallery("/api/v1/gallery?level=BLOC&q="
                + encode("nuoi trong thuy san")));
        return kinds;
    }

    private String gallery(String path) {
        return reporting.get(path, null);
    }

    private String deepGalleryPage(String path) {
        String body = gallery(path);
        for (int page = 2; page < DEEP_PAGE; page++) {
            body = gallery(path + "&cursor=" + cursorOf(body));
        }
        return path + "&cursor=" + cursorOf(body);
    }

    /** The request for a deep page: found by following nextCursor, so that only that page's request is timed. */
    private String deepPage(String path, String token) {
        String body = get(path, token);
        for (int page = 2; page < DEEP_PAGE; page++) {
            body = get(path + "&cursor=" + cursorOf(body), token);
        }
        return path + "&cursor=" + cursorOf(body);
    }

    /** Models on a page of the list or gallery (each entry names its model once); 0 for other answers. */
    private static int itemsIn(String body) {
        return Math.max(body.split("\"unitId\"", -1).length, body.split("\"modelId\"", -1).length) - 1;
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
