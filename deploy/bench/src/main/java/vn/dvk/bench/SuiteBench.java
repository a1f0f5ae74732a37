package vn.dvk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import vn.dvk.local.Database;
import vn.dvk.local.DemoApi;
import vn.dvk.local.LaunchOptions;
import vn.dvk.local.LocalSuite;
import vn.dvk.testing.suite.FileTrees;

/**
 * Every hot path of the suite beside its baseline, in one run (deploy/bench/run.sh, see README.md): the suite
 * started as the launcher starts it (LocalSuite: Keycloak, durable PostgreSQL, Kafka, the three packaged services
 * and the demo data), then, one after the other, wrk with {@code --clients} connections against each path and
 * against the same service's static health endpoint (before the service's paths and again after them), pgbench
 * with as many connections for the draft's own INSERT (alone, and with its outbox row in one transaction), submit →
 * case visible beside a raw Kafka round trip, each service's resident memory after that load, and its start
 * (process → ready) in the suite and alone.
 */
public final class SuiteBench {

    private static final List<String> DEFAULTS = List.of("--duration=10", "--samples=50", "--warm-up=5");
    private static final String CAMPAIGN = "dvk-2026";
    private static final String DRAFT = """
            {"campaignId":"dvk-2026","title":"Mô hình đo tải","summary":"benchmark","goals":"benchmark",\
            "implementation":"benchmark","startedOn":"2026-01-05","field":"ECONOMY","kind":"MODEL",\
            "ownerKind":"COLLECTIVE"}""";

    public static void main(String[] args) throws Exception {
        // The JBoss LogManager's default is to print everything, the JDK's HTTP client's debug lines too, until
        // the launcher configures the infrastructure's log.
        Logger.getLogger("").setLevel(Level.INFO);
        List<String> given = new ArrayList<>(DEFAULTS);
        given.addAll(List.of(args));
        BenchOptions options;
        try {
            options = BenchOptions.parse(given, Path.of("").toAbsolutePath(), "suite-work", 50, 5);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        int base = options.basePort();
        clearState(options.workDirectory());
        LaunchOptions launch = LaunchOptions.parse(List.of("--repo-root=" + options.repoRoot(),
                "--data-dir=" + options.workDirectory(), "--keycloak-port=" + (base + 80),
                "--registry-port=" + (base + 81), "--recognition-port=" + (base + 82),
                "--reporting-port=" + (base + 83), "--postgres-port=" + (base + 32),
                // a busy 2-core machine has taken minutes to start Keycloak and a service
                "--keycloak-timeout=900", "--service-timeout=900"), Map.of(), options.repoRoot());
        ServiceProcesses processes = new ServiceProcesses(Stream.of("registry-service", "recognition-service",
                "reporting-service").map(name -> new ServiceProcesses.Service(name,
                options.repoRoot().resolve(name).resolve("target/quarkus-app/quarkus-run.jar"),
                URI.create("http://localhost:" + switch (name) {
                    case "registry-service" -> launch.registryPort();
                    case "recognition-service" -> launch.recognitionPort();
                    default -> launch.reportingPort();
                }))).toList());
        CompletableFuture<Map<String, Duration>> startsInSuite = CompletableFuture.supplyAsync(
                () -> processes.awaitStarts(Map.of()));
        try (LocalSuite suite = new LocalSuite(launch)) {
            // Ctrl-C stops what the launcher started, as the launcher's own Ctrl-C does
            Runtime.getRuntime().addShutdownHook(new Thread(suite::close, "dvk-bench-stop"));
            suite.start();
            SuiteReport report = new SuiteReport();
            report.setting("measured", Instant.now().toString());
            report.setting("connections (wrk -c, pgbench -c)", options.clients());
            report.setting("seconds per path", options.durationSeconds() + " (after 3 s unmeasured)");
            ServiceProcesses.Service registry = processes.services().get(0);
            report.setting("registry-service's command line (its JVM and options)", processes.process(registry)
                    .flatMap(p -> p.info().commandLine()).orElse("?"));
            new SuiteBench(options, suite, processes, report).measure(startsInSuite.join());
            System.out.println();
            System.out.println(report.markdown());
            Path out = options.repoRoot().resolve("deploy/bench/target");
            report.write(out);
            System.out.println("Written: " + out.resolve("suite-report.md") + " and suite-report.json");
        }
    }

    private final BenchOptions options;
    private final LocalSuite suite;
    private final ServiceProcesses processes;
    private final SuiteReport report;
    private final Wrk wrk;

    private SuiteBench(BenchOptions options, LocalSuite suite, ServiceProcesses processes, SuiteReport report) {
        this.options = options;
        this.suite = suite;
        this.processes = processes;
        this.report = report;
        this.wrk = new Wrk(options.clients(), Duration.ofSeconds(options.durationSeconds()), Duration.ofSeconds(3));
    }

    private void measure(Map<String, Duration> startsInSuite) throws Exception {
        URI registry = processes.services().get(0).url();
        URI recognition = processes.services().get(1).url();
        URI reporting = processes.services().get(2).url();
        DemoApi tokens = new DemoApi(suite.keycloakIssuer(), registry);
        String unitCadre = tokens.token("unit.cadre");
        String provinceReviewer = tokens.token("province.reviewer");
        String baseReviewer = tokens.token("base.reviewer");

        JsonNode draft = new DemoApi(suite.keycloakIssuer(), URI.create(registry + "/api/v1"))
                .send(unitCadre, "POST", "/models", DRAFT, null, 201);
        String modelId = draft.path("id").asText();

        String scope = "?campaignId=" + CAMPAIGN;
        warmUp(List.of(new Endpoint(registry, "/q/health/live", null),
                new Endpoint(registry, "/api/v1/models/" + modelId, unitCadre),
                new Endpoint(reporting, "/q/health/live", null),
                new Endpoint(reporting, "/api/v1/reports/funnel" + scope, provinceReviewer),
                new Endpoint(reporting, "/api/v1/reports/review" + scope, provinceReviewer),
                new Endpoint(reporting, "/api/v1/gallery", null),
                new Endpoint(recognition, "/q/health/live", null),
                new Endpoint(recognition, "/api/v1/reviews" + scope, baseReviewer)));
        // Each service's static endpoint before its paths and again after them: the first run can still find the
        // JVM compiling what the others need, and the second is a baseline as warm as the last path.
        SuiteReport.Load registryStatic = load("registry GET /q/health/live", registry, "/q/health/live", null);
        SuiteReport.Load byId = load("GET /api/v1/models/{id}", registry, "/api/v1/models/" + modelId, unitCadre);
        SuiteReport.Load create = SuiteReport.Load.of("POST /api/v1/models",
                step("create a draft", () -> wrk.run(URI.create(registry + "/api/v1/models"), unitCadre, DRAFT)));
        SuiteReport.Load registryAgain = load("registry GET /q/health/live, after its paths", registry,
                "/q/health/live", null);
        report.add(new SuiteReport.Path("read a model by id", byId, List.of(registryStatic, registryAgain)));
        report.add(new SuiteReport.Path("create a draft", create, draftBaselines(modelId)));

        SuiteReport.Load reportingStatic = load("reporting GET /q/health/live", reporting, "/q/health/live", null);
        SuiteReport.Load funnel = load("GET /api/v1/reports/funnel", reporting, "/api/v1/reports/funnel" + scope,
                provinceReviewer);
        SuiteReport.Load review = load("GET /api/v1/reports/review", reporting, "/api/v1/reports/review" + scope,
                provinceReviewer);
        SuiteReport.Load gallery = load("GET /api/v1/gallery", reporting, "/api/v1/gallery", null);
        List<SuiteReport.Load> reportingStatics = List.of(reportingStatic, load(
                "reporting GET /q/health/live, after its paths", reporting, "/q/health/live", null));
        report.add(new SuiteReport.Path("funnel", funnel, reportingStatics));
        report.add(new SuiteReport.Path("review (dashboard, exports)", review, reportingStatics));
        report.add(new SuiteReport.Path("gallery", gallery, reportingStatics));

        SuiteReport.Load recognitionStatic = load("recognition GET /q/health/live", recognition, "/q/health/live",
                null);
        SuiteReport.Load queue = load("GET /api/v1/reviews", recognition, "/api/v1/reviews" + scope, baseReviewer);
        report.add(new SuiteReport.Path("a reviewer's queue", queue, List.of(recognitionStatic, load(
                "recognition GET /q/health/live, after its paths", recognition, "/q/health/live", null))));

        submitToCase(registry, tokens);

        for (ServiceProcesses.Service service : processes.services()) {
            ServiceProcesses.Resident rss = processes.resident(service);
            System.out.printf("%s: %d MB resident after the load (%d MB its own, %d MB of mapped files); restarting it"
                    + " alone...%n", service.name(), rss.megabytes(), rss.anonymousMegabytes(), rss.fileMegabytes());
            Duration alone = processes.restartAlone(service);
            System.out.printf("%s: started alone in %.2f s%n", service.name(), alone.toMillis() / 1000.0);
            report.add(new SuiteReport.Service(service.name(), rss.megabytes(), rss.anonymousMegabytes(),
                    rss.fileMegabytes(), startsInSuite.get(service.name()).toMillis(), alone.toMillis()));
        }
    }

    /**
     * Every path and static endpoint, unmeasured, until its rate holds, before any is measured: a JVM's compiler is
     * at work for most of a minute after the start (a registry's health endpoint climbed from 1,955 to 12,758 req/s
     * over nine 5 s runs), and what is measured first, a baseline included, would otherwise pay for it.
     */
    private void warmUp(List<Endpoint> endpoints) throws IOException, InterruptedException {
        Wrk warming = new Wrk(options.clients(), Duration.ofSeconds(5), Duration.ZERO);
        System.out.printf("warming up %d endpoints, 5 s runs until two in a row agree within %.0f %% (at most %d)...%n",
                endpoints.size(), WarmUp.TOLERANCE * 100, WarmUp.MAX_RUNS);
        for (Endpoint endpoint : endpoints) {
            WarmUp runs = new WarmUp();
            while (!runs.done()) {
                runs.add(warming.run(URI.create(endpoint.service() + endpoint.path()), endpoint.token(), null)
                        .requestsPerSecond());
            }
            System.out.printf("  %s: %s req/s%n", endpoint.path(), runs);
        }
    }

    /** A GET of a service's path, with the token of who reads it (null: none). */
    private record Endpoint(URI service, String path, String token) {
    }

    private SuiteReport.Load load(String what, URI service, String path, String token) throws Exception {
        return SuiteReport.Load.of(what, step(what, () -> wrk.run(URI.create(service + path), token, null)));
    }

    /** pgbench of the draft's own row, alone and with the outbox row its transaction writes, on the same server. */
    private List<SuiteReport.Load> draftBaselines(String modelId) throws Exception {
        Database database = suite.database();
        URI jdbc = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        String model;
        String outbox;
        try (Connection db = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            model = SameInsert.of(db, "registry.mobilization_model", "id = '" + modelId + "'");
            outbox = SameInsert.of(db, "registry.outbox_message", "true order by id desc");
        }
        PgBench pgbench = new PgBench(jdbc.getHost(), jdbc.getPort(), database.user(), database.password(),
                jdbc.getPath().substring(1), options.clients(), Duration.ofSeconds(options.durationSeconds()),
                options.workDirectory().resolve("pgbench"));
        return List.of(
                SuiteReport.Load.of("pgbench: the same INSERT",
                        step("pgbench insert", () -> pgbench.run("insert", model))),
                SuiteReport.Load.of("pgbench: INSERT + outbox row, one transaction",
                        step("pgbench insert + outbox", () -> pgbench.run("insert-outbox",
                                "begin;\n" + model + outbox + "commit;\n"))));
    }

    private void submitToCase(URI registry, DemoApi tokens) throws Exception {
        System.out.printf("submit → case visible, %d samples after %d unmeasured...%n", options.samples(),
                options.warmUp());
        Database database = suite.database();
        Latencies hop = Latencies.of("submit → case visible", new SubmitToCase(registry,
                () -> DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password()),
                () -> {
                    try {
                        return tokens.token("unit.cadre");
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }).measure(options.warmUp(), options.samples(), 0));
        Latencies floor = Latencies.of("Kafka round trip", new KafkaRoundTrip(suite.kafkaBootstrapServers())
                .measure(options.warmUp(), options.samples()));
        System.out.println(hop.line());
        System.out.println(floor.line());
        report.add(new SuiteReport.Hop("submit → case visible", hop.median() / 1000.0, hop.percentile(90) / 1000.0,
                hop.percentile(99) / 1000.0, "Kafka producer → consumer round trip, same broker",
                floor.median() / 1000.0, floor.percentile(90) / 1000.0));
    }

    /** A measurement, said on the console as it starts and ends. */
    @FunctionalInterface
    private interface Measurement {
        Wrk.Result run() throws IOException, InterruptedException;
    }

    private static Wrk.Result step(String what, Measurement measurement) throws IOException, InterruptedException {
        System.out.printf("%-44s ", what + "...");
        Wrk.Result result = measurement.run();
        System.out.printf("%,10.0f /s   p50 %7.1f ms   p99 %7.1f ms%s%n", result.requestsPerSecond(),
                result.p50Millis(), result.p99Millis(), result.failures() == 0 ? "" : "   FAILED " + result.failures());
        return result;
    }

    /**
     * A fresh database and broker at every run, so that runs compare; Keycloak's unpacked and built home is kept
     * (its first start builds the server, about a minute).
     */
    private static void clearState(Path work) throws IOException {
        for (String part : List.of("postgres", "kafka", "logs", "pgbench")) {
            FileTrees.delete(work.resolve(part));
        }
    }
}
