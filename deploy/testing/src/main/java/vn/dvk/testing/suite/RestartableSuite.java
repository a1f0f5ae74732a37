package vn.dvk.testing.suite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import vn.dvk.contracts.ContractFiles;
import vn.dvk.testing.OidcIssuerResource;

/**
 * The DVK suite with every part in a process of its own, each of which can be stopped or killed and started
 * again: a KRaft Kafka broker, one PostgreSQL server per service (as in production, so one service's database
 * can fail alone), N replicas of each packaged service, and the in-JVM OIDC issuer whose keys
 * {@link vn.dvk.testing.TestTokens} signs with (no Keycloak: it takes a minute to start).
 */
public final class RestartableSuite implements AutoCloseable {

    public static final String REGISTRY = "registry-service";
    public static final String RECOGNITION = "recognition-service";
    public static final String REPORTING = "reporting-service";
    public static final List<String> SERVICES = List.of(REGISTRY, RECOGNITION, REPORTING);

    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(120);

    private final SuiteLayout layout;
    private final OidcIssuerResource oidc = new OidcIssuerResource();
    private final KafkaProcess kafka;
    private final Map<String, PostgresInstance> databases = new LinkedHashMap<>();
    private final Map<String, List<ServiceReplica>> replicas = new LinkedHashMap<>();
    private final Map<String, Duration> startTimes = Collections.synchronizedMap(new LinkedHashMap<>());
    private boolean oidcStarted;

    /** Each service's own settings on top of the suite's (environment variables), such as the registry's seed files. */
    private final Map<String, Map<String, String>> settings;

    private RestartableSuite(SuiteLayout layout, Map<String, Map<String, String>> settings) {
        this.layout = layout;
        this.settings = settings;
        this.kafka = new KafkaProcess(layout.workDirectory().resolve("kafka"), layout.kafkaPort(),
                layout.kafkaControllerPort(), KAFKA_TIMEOUT);
        for (int s = 0; s < SERVICES.size(); s++) {
            String service = SERVICES.get(s);
            databases.put(service, new PostgresInstance(service + "-db",
                    layout.workDirectory().resolve("postgres-" + service), layout.databasePort(s),
                    service.replace("-service", "")));
        }
    }

    /** Starts everything and waits until every replica is ready; on failure stops what started and throws. */
    public static RestartableSuite start(SuiteLayout layout) {
        return start(layout, Map.of());
    }

    /**
     * The same, with settings of the services' own added to their environment, by service name; the registry's
     * {@code DVK_REGISTRY_SEED_FILE} replaces the demo province with the files it names.
     */
    public static RestartableSuite start(SuiteLayout layout, Map<String, Map<String, String>> settings) {
        RestartableSuite suite = new RestartableSuite(layout, settings);
        try {
            suite.startAll();
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
        return suite;
    }

    private void startAll() {
        Instant begin = Instant.now();
        Path logs = layout.workDirectory().resolve("logs");
        try {
            Files.createDirectories(logs);
        } catch (java.io.IOException e) {
            throw new LaunchFailure("suite", null, "cannot create " + logs, e);
        }
        Map<String, String> issuer = oidc.start();
        oidcStarted = true;
        // Kafka and the databases start in parallel: on two cores the broker's JVM start dominates.
        CompletableFuture<Duration> kafkaReady = CompletableFuture.supplyAsync(kafka::start);
        databases.values().forEach(db -> startTimes.put(db.name(), db.start()));
        startTimes.put("kafka", join(kafkaReady));
        for (int s = 0; s < SERVICES.size(); s++) {
            String service = SERVICES.get(s);
            List<ServiceReplica> list = new ArrayList<>();
            for (int r = 0; r < layout.replicas(); r++) {
                list.add(new ServiceReplica(service, layout.servicePort(s, r), layout.jar(service), logs,
                        environment(service, issuer), layout.readyTimeout()));
            }
            replicas.put(service, list);
        }
        // First one replica of each service, then the others: on an empty database two registry replicas
        // starting together race to load the demo data (the seed loader checks, then inserts) and one exits on a
        // duplicate key. Once the data is in, replicas start together, as after a crash.
        startReplicas(allReplicas().filter(replica -> replica == replicas(replica.service()).get(0)));
        startReplicas(allReplicas().filter(replica -> replica != replicas(replica.service()).get(0)));
        startTimes.put("whole suite", Duration.between(begin, Instant.now()));
    }

    private void startReplicas(Stream<ServiceReplica> which) {
        which.map(replica -> CompletableFuture.runAsync(() -> startTimes.put(replica.name(), replica.start())))
                .toList()
                .forEach(RestartableSuite::join);
    }

    private Map<String, String> environment(String service, Map<String, String> issuer) {
        PostgresInstance db = databases.get(service);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl());
        env.putAll(db.roles().environment());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        // Consumers notice a rebalance at their next heartbeat and a dead member leaves the group when its session
        // ends: with the services' 15 s session and 5 s heartbeat, each broker restart or killed replica held the
        // scenarios up for seconds of waiting. The broker's minimum session (6 s) and a heartbeat a second keep the
        // same protocol, faster.
        env.put("MP_MESSAGING_CONNECTOR_SMALLRYE_KAFKA_SESSION_TIMEOUT_MS", "6000");
        env.put("MP_MESSAGING_CONNECTOR_SMALLRYE_KAFKA_HEARTBEAT_INTERVAL_MS", "1000");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", issuer.get("quarkus.oidc.auth-server-url"));
        env.put("QUARKUS_OIDC_TOKEN_ISSUER", issuer.get("quarkus.oidc.token.issuer"));
        if (RECOGNITION.equals(service)) {
            env.put("QUARKUS_PROFILE", "prod,demo"); // the demo certificate key, public in the repository
        }
        if (REGISTRY.equals(service)) {
            // the registry carries dvk-contracts, whose demo province it loads from its own class path
            env.put("DVK_REGISTRY_SEED_FILE", ContractFiles.CLASSPATH + ContractFiles.DEMO_PROVINCE);
        }
        env.putAll(settings.getOrDefault(service, Map.of()));
        return env;
    }

    public KafkaProcess kafka() {
        return kafka;
    }

    public PostgresInstance database(String service) {
        return databases.get(service);
    }

    public List<ServiceReplica> replicas(String service) {
        return replicas.getOrDefault(service, List.of());
    }

    public Stream<ServiceReplica> allReplicas() {
        return replicas.values().stream().flatMap(List::stream);
    }

    /** How long each part took to become ready at the first start. */
    public Map<String, Duration> startTimes() {
        return Map.copyOf(startTimes);
    }

    /** SIGKILLs every replica of the service at once. */
    public void killAll(String service) {
        replicas(service).parallelStream().forEach(ServiceReplica::kill);
    }

    /**
     * Starts every replica of the services that is not running, all in parallel (as Kubernetes restarts every
     * crashed pod at once); returns when all are ready.
     */
    public Duration restartAll(String... services) {
        Instant begin = Instant.now();
        Stream.of(services).flatMap(service -> replicas(service).stream())
                .filter(replica -> !replica.isRunning())
                .map(replica -> CompletableFuture.runAsync(replica::start))
                .toList()
                .forEach(RestartableSuite::join);
        return Duration.between(begin, Instant.now());
    }

    /** The PostgreSQL servers' postmasters, which pg_ctl detaches from this JVM's process tree. */
    public List<ProcessHandle> postmasters() {
        return databases.values().stream().map(PostgresInstance::postmaster).flatMap(Optional::stream).toList();
    }

    /** Stops the services, then the databases and Kafka; safe to call more than once. */
    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        allReplicas().toList().parallelStream().forEach(replica -> quietly(replica::stop, failures));
        databases.values().forEach(db -> quietly(db::stop, failures));
        quietly(kafka::stop, failures);
        if (oidcStarted) {
            oidcStarted = false;
            quietly(oidc::stop, failures);
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    private static void quietly(Runnable stop, List<RuntimeException> failures) {
        try {
            stop.run();
        } catch (RuntimeException e) {
            synchronized (failures) {
                failures.add(e);
            }
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
