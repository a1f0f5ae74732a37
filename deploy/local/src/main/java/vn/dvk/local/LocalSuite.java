package vn.dvk.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.dvk.keycloak.KeycloakDistribution;
import vn.dvk.keycloak.KeycloakProcess;
import vn.dvk.keycloak.PreparedHome;
import vn.dvk.local.web.IngressRoutes;
import vn.dvk.local.web.WebGateway;
import vn.dvk.testing.infra.EmbeddedKafka;
import vn.dvk.testing.infra.EmbeddedPostgresServer;
import vn.dvk.testing.suite.ChildProcess;
import vn.dvk.testing.suite.LaunchFailure;

/**
 * The whole suite on one machine: Kafka and PostgreSQL inside this JVM, Keycloak and the three services as
 * child processes. Starts them in dependency order, Keycloak (which needs none of the others) first, and stops
 * them in reverse (services, PostgreSQL, Kafka, Keycloak), also when a start fails half way.
 */
public final class LocalSuite implements AutoCloseable {

    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    /** A service's training run writes its AOT cache as it stops (ServiceJvm): tens of seconds on a busy machine. */
    private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(90);
    private static final String DATABASE = "dvk";
    private static final int STEPS = 4;
    /** The realm's public client for the web frontends (deploy/keycloak/dvk-realm.json). */
    private static final String WEB_CLIENT = "dvk-web";

    /** Starts crashed child processes again after their delay; a daemon, so that it never holds the JVM. */
    private static final ScheduledExecutorService RESTARTS = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "dvk-local-restarts");
        thread.setDaemon(true);
        return thread;
    });

    private final LaunchOptions options;
    private final Console console;
    private final List<ServiceProcess> services;
    private final KeycloakProcess keycloak;
    private final Map<String, Duration> timings = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<Supervisor> supervisors = Collections.synchronizedList(new ArrayList<>());

    /** What runs, newest first, with how to stop it. Guarded by {@code this}. */
    private final Deque<Running> running = new ArrayDeque<>();
    private boolean closed;

    private EmbeddedKafka kafka;
    private Database database;
    private WebGateway web;

    private record Running(String part, Stopper stopper) {
    }

    @FunctionalInterface
    private interface Stopper {
        void stop() throws Exception;
    }

    LocalSuite(LaunchOptions options, Console console) {
        this.options = options;
        this.console = console;
        this.services = options.infrastructureOnly() ? List.of() : ServiceProcess.all(options);
        this.keycloak = new KeycloakProcess(
                KeycloakDistribution.homeIn(options.dataDir(), options.keycloakVersion()), options.keycloakPort());
    }

    public LocalSuite(LaunchOptions options) {
        this(options, new Console(System.out));
    }

    public static void main(String[] args) throws InterruptedException {
        // Before anything logs: the in-JVM infrastructure logs through the JBoss LogManager (InfrastructureLog).
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        Console console = new Console(System.out);
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            console.line(LaunchOptions.USAGE);
            return;
        }
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(List.of(args), System.getenv(), Path.of("").toAbsolutePath());
        } catch (IllegalArgumentException e) {
            console.line(e.getMessage());
            console.line(LaunchOptions.USAGE);
            System.exit(2);
            return;
        }
        LocalSuite suite = new LocalSuite(options, console);
        AtomicBoolean stopRequested = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopRequested.set(true);
            suite.close();
        }, "dvk-local-stop"));
        try {
            suite.start();
        } catch (RuntimeException e) {
            if (stopRequested.get()) {
                return; // Ctrl-C while starting: the shutdown hook is stopping everything.
            }
            console.failure(e); // start() has stopped what it started: the failure is the last thing shown
            System.exit(1);
        }
        console.line("");
        console.line("Press Ctrl-C to stop the suite.");
        // Kafka and PostgreSQL live in this JVM: keep it until Ctrl-C runs the shutdown hook.
        new CountDownLatch(1).await();
    }

    /** Starts every part and waits until each is ready; on failure stops what started and throws. */
    public void start() {
        Instant launch = Instant.now();
        services.forEach(ServiceProcess::requireBuilt);
        Path infrastructureLog = options.logDir().resolve("infrastructure.log");
        step("logs", null, () -> {
            Files.createDirectories(options.logDir());
            InfrastructureLog.writeTo(infrastructureLog);
            return null;
        });
        Ports.requireFree(ports());
        console.line("DVK local suite: data in " + options.dataDir() + ", logs in " + options.logDir());
        try {
            // Keycloak's first start (it builds itself: the longest part of a first launch) goes first and
            // overlaps Kafka's, PostgreSQL's and the services' starts, none of which needs it: a service that finds
            // no issuer yet connects to it at its first request (quarkus-oidc), and the demo data, the first thing
            // that needs tokens, waits for both.
            CompletableFuture<Void> keycloakReady = startKeycloak();
            startKafka(infrastructureLog);
            startDatabase(infrastructureLog);
            startServices();
            startWebGateway();
            await(keycloakReady);
            recordDemoData();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        timings.put("whole suite", Duration.between(launch, Instant.now()));
        summary().print(console);
    }

    private void startKafka(Path log) {
        console.step(2, STEPS, "Kafka: a KRaft broker in this JVM");
        Instant start = Instant.now();
        kafka = step("kafka", log, () -> EmbeddedKafka.start(options.dataDir().resolve("kafka"), KAFKA_TIMEOUT));
        register("kafka", kafka::close);
        ready("kafka", Duration.between(start, Instant.now()), kafka.bootstrapServers());
    }

    private void startDatabase(Path log) {
        console.step(3, STEPS, "PostgreSQL");
        if (options.externalDatabase().isPresent()) {
            database = options.externalDatabase().get();
            console.part("postgresql", "using " + database + " (DVK_DB_URL)");
            return;
        }
        Instant start = Instant.now();
        EmbeddedPostgresServer server = step("postgresql", log,
                () -> EmbeddedPostgresServer.startPersistent(options.dataDir().resolve("postgres"), options.postgresPort()));
        register("postgresql", server::close);
        step("postgresql", log, () -> {
            server.ensureDatabase(DATABASE);
            return null;
        });
        database = new Database(server.jdbcUrl(DATABASE), EmbeddedPostgresServer.SUPERUSER,
                EmbeddedPostgresServer.SUPERUSER);
        step("postgresql", log, () -> {
            for (ServiceProcess service : services) {
                service.roles().ensure(server.jdbcUrl("postgres"), database.user(), database.password(), DATABASE);
                service.roles().adopt(database.jdbcUrl(), database.user(), database.password(), service.schema());
            }
            return null;
        });
        ready("postgresql", Duration.between(start, Instant.now()), database.jdbcUrl());
    }

    /** Starts Keycloak and returns at once; the future completes when it is ready and watched. */
    private CompletableFuture<Void> startKeycloak() {
        console.step(1, STEPS, "Keycloak " + options.keycloakVersion() + " (development mode, realm "
                + KeycloakProcess.REALM + ")");
        Path log = options.logDir().resolve("keycloak.log");
        boolean building = false;
        if (!KeycloakDistribution.isUnpacked(keycloak.home())) {
            Instant start = Instant.now();
            boolean copied = step("keycloak", null, () -> PreparedHome.copy(options.preparedKeycloakHome(),
                    options.keycloakDistribution(), options.realmFile(), keycloak.home()));
            if (copied) {
                console.part("keycloak", "copied the home the build prepared, " + options.preparedKeycloakHome()
                        + " (first start only)");
                timings.put("keycloak copy", Duration.between(start, Instant.now()));
            } else {
                console.part("keycloak", "unpacking " + options.keycloakDistribution() + " (first start only)");
                step("keycloak", null, () -> {
                    KeycloakDistribution.unpack(options.keycloakDistribution(), keycloak.home());
                    return null;
                });
                timings.put("keycloak unpack", Duration.between(start, Instant.now()));
                building = true;
            }
        }
        ChildProcess process = step("keycloak", log, () -> keycloak.start(options.realmFile(), log));
        ChildRun first = keycloakRun(process);
        Supervisor supervisor = supervisor(KeycloakProcess.NAME, log, first, () -> {
            try {
                return keycloakRun(keycloak.start(options.realmFile(), log));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        register("keycloak", supervisor::stop);
        console.part("keycloak", "starting on " + keycloak.url() + " (pid " + process.pid() + ", log " + log + ")"
                + (building ? "; a first start builds the server first: about a minute" : ""));
        return first.ready().thenAccept(time -> {
            ready("keycloak", time, keycloak.url().toString());
            supervisor.watch();
        });
    }

    private ChildRun keycloakRun(ChildProcess process) {
        return new ChildRun(process, keycloak.readinessUrl(), options.keycloakTimeout(), STOP_GRACE);
    }

    private void startServices() {
        if (services.isEmpty()) {
            return;
        }
        console.step(4, STEPS, "Services");
        ServiceJvm jvm = ServiceJvm.find(System.getenv());
        console.part("services", "JDK " + jvm.feature() + " (" + jvm.javaHome() + ")" + (jvm.givenOptions()
                .map(o -> ", options " + String.join(" ", o) + " (" + ServiceJvm.JAVA_OPTIONS_ENV + ")")
                .orElse(jvm.feature() >= 25
                        ? "; a service without an AOT cache trains one in this run, written when it stops" : "")));
        List<Supervisor> serviceSupervisors = Collections.synchronizedList(new ArrayList<>());
        register("services", () -> stopAll(serviceSupervisors));
        List<CompletableFuture<Duration>> readiness = new ArrayList<>();
        for (ServiceProcess service : services) {
            Path log = options.logDir().resolve(service.name() + ".log");
            ChildRun run = serviceRun(service, log);
            Supervisor supervisor = supervisor(service.name(), log, run, () -> serviceRun(service, log));
            serviceSupervisors.add(supervisor);
            if (isClosed()) { // Ctrl-C came after the services' stopper took its list
                supervisor.stop();
                throw new LaunchFailure(service.name(), log, "the launcher is stopping");
            }
            console.part(service.name(), "starting on " + service.url() + " (pid " + run.pid() + ", log " + log + ")");
            readiness.add(run.ready().whenComplete((time, failure) -> {
                if (failure == null) {
                    ready(service.name(), time, service.apiUrl().toString());
                    supervisor.watch();
                }
            }));
        }
        // Wait for all three, so that every failing service is named, not only the first.
        List<RuntimeException> failures = new ArrayList<>();
        for (CompletableFuture<Duration> ready : readiness) {
            try {
                await(ready);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        if (failures.size() > 1) {
            failures.subList(1, failures.size()).forEach(f -> console.part("", "also failed: " + f.getMessage()));
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    /**
     * The web app and the APIs on one address, routed as the Ingress routes them (deploy/k8s's ingress.yaml), with
     * the realm's public client to sign in with.
     */
    private void startWebGateway() {
        if (services.isEmpty()) {
            return;
        }
        Instant start = Instant.now();
        Map<String, URI> addresses = new LinkedHashMap<>();
        services.forEach(service -> addresses.put(service.name(), service.url()));
        web = step("web app", null, () -> WebGateway.start(options.webPort(),
                IngressRoutes.read(options.repoRoot()), addresses, keycloak.issuer(), WEB_CLIENT));
        register("web app", web::close);
        ready("web app", Duration.between(start, Instant.now()), web.url()
                + (WebGateway.appPresent() ? "" : "  (APIs only: build deploy/web-app for the app)"));
    }

    /** A part of the demo data, made through one service's API once the suite is up; returns what it did. */
    @FunctionalInterface
    private interface DemoData {
        String record(URI issuer, URI api) throws IOException, InterruptedException;
    }

    /**
     * The demo's bloc decision and commendation, units' monthly indicators, and its reviewers made known to
     * recognition, through the APIs.
     */
    private void recordDemoData() {
        // Two services, two sets of data that do not touch each other: recorded side by side (the parts that sign
        // in as the same user share one sign-in: DemoApi.token).
        await(CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> recordDemo("demo decisions", "recognition-service",
                        (issuer, api) -> new DemoDecisions(issuer, api).run())),
                CompletableFuture.runAsync(() -> recordDemo("demo indicators", "registry-service",
                        (issuer, api) -> new DemoIndicators(issuer, api).run())),
                CompletableFuture.runAsync(() -> recordDemo("demo reviewers", "recognition-service",
                        (issuer, api) -> new DemoReviewers(issuer, api).run()))));
    }

    private void recordDemo(String part, String serviceName, DemoData data) {
        services.stream().filter(service -> service.name().equals(serviceName)).findFirst().ifPresent(service -> {
            Instant start = Instant.now();
            try {
                String done = data.record(keycloak.issuer(), service.apiUrl());
                ready(part, Duration.between(start, Instant.now()), done);
            } catch (IOException e) {
                console.part(part, "not recorded (the suite runs without them): " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LaunchFailure(part, null, "interrupted");
            }
        });
    }

    private Summary summary() {
        return new Summary(keycloak, services, web == null ? null : web.url(), kafka.bootstrapServers(), database,
                options.logDir(),
                new LinkedHashMap<>(timings));
    }

    private Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("keycloak", options.keycloakPort());
        services.forEach(service -> ports.put(service.name(), service.port()));
        if (!services.isEmpty()) {
            ports.put("web app", options.webPort());
        }
        if (options.externalDatabase().isEmpty()) {
            ports.put("postgresql", options.postgresPort());
        }
        return ports;
    }

    private void ready(String part, Duration time, String where) {
        timings.put(part, time);
        console.part(part, "ready in " + Console.seconds(time) + "  " + where);
    }

    private ChildRun serviceRun(ServiceProcess service, Path log) {
        ChildProcess process = service.start(database, options.externalDatabase().isEmpty(), kafka.bootstrapServers(),
                keycloak.issuer(), log);
        return new ChildRun(process, service.readinessUrl(), options.serviceTimeout(), SERVICE_STOP_GRACE);
    }

    /**
     * A child process that dies while the suite runs is said on the console right away and started again, rather
     * than found out by a failing call. Kafka and PostgreSQL are not supervised: Kafka lives in this JVM, and the
     * embedded PostgreSQL server is run by a library (zonky) that has no way to start it again.
     */
    private Supervisor supervisor(String part, Path log, ChildRun first, Supervisor.Launch launch) {
        Supervisor supervisor = new Supervisor(part, log, first, launch, RestartPolicy.DEFAULT, Clock.systemUTC(),
                (delay, task) -> RESTARTS.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS), console::line);
        supervisors.add(supervisor);
        return supervisor;
    }

    private synchronized void register(String part, Stopper stopper) {
        if (closed) {
            stopQuietly(new Running(part, stopper));
            throw new LaunchFailure(part, null, "the launcher is stopping");
        }
        running.push(new Running(part, stopper));
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** Stops everything that started, newest first. Safe to call more than once and from a shutdown hook. */
    @Override
    public void close() {
        List<Running> toStop;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toStop = new ArrayList<>(running);
            running.clear();
        }
        synchronized (supervisors) {
            supervisors.forEach(Supervisor::standDown);
        }
        if (toStop.isEmpty()) {
            return;
        }
        console.line("Stopping the DVK suite...");
        Instant start = Instant.now();
        toStop.forEach(this::stopQuietly);
        console.line("Stopped in " + Console.seconds(Duration.between(start, Instant.now())) + ".");
    }

    private void stopQuietly(Running part) {
        Instant start = Instant.now();
        try {
            part.stopper().stop();
            console.part(part.part(), "stopped in " + Console.seconds(Duration.between(start, Instant.now())));
        } catch (Exception e) {
            console.part(part.part(), "did not stop cleanly: " + e);
        }
    }

    /** The three services go down together: none of them depends on another. */
    private static void stopAll(List<Supervisor> supervisors) {
        List<Supervisor> snapshot;
        synchronized (supervisors) {
            snapshot = List.copyOf(supervisors);
        }
        CompletableFuture.allOf(snapshot.stream()
                        .map(supervisor -> CompletableFuture.runAsync(supervisor::stop))
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Runs one step of a part; whatever goes wrong is reported as that part's failure. */
    private static <T> T step(String part, Path log, Callable<T> action) {
        try {
            return action.call();
        } catch (LaunchFailure e) {
            throw e;
        } catch (Exception e) {
            throw new LaunchFailure(part, log, e.getMessage() != null ? e.getMessage() : e.toString(), e);
        }
    }

    /** The suite's PostgreSQL (each service has its own schema in it), once started. */
    public Database database() {
        return database;
    }

    /** The web app and the routed APIs on one address (null with --infrastructure-only). */
    public URI webUrl() {
        return web == null ? null : web.url();
    }

    public String keycloakTokenEndpoint() {
        return keycloak.tokenEndpoint().toString();
    }

    /** The realm's issuer: where the demo users get their tokens (see {@link DemoApi#token}). */
    public URI keycloakIssuer() {
        return keycloak.issuer();
    }

    /** The broker inside this JVM, once started. */
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }
}
