package vn.dvk.testing.suite;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * A real single-node KRaft Kafka broker (combined broker and controller) in a JVM of its own, so that a test can
 * stop it (SIGTERM), kill it (SIGKILL) and start it again on the same port with the same log directory, as a
 * broker restarts in production: clients reconnect to the address they know. The in-JVM
 * {@link vn.dvk.testing.infra.EmbeddedKafka} cannot: its test kit binds new random ports on every start.
 *
 * <p>Settings match EmbeddedKafka's: replication factor and min ISR 1, topics created on first use with 3
 * partitions, no initial rebalance delay.
 */
public final class KafkaProcess implements AutoCloseable {

    /** A fixed cluster id: the log directory is formatted once and started again and again. */
    private static final String CLUSTER_ID = "ZHZrLWZhdWx0LWthZmthMA";
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Path directory;
    private final int port;
    private final int controllerPort;
    private final Duration readyTimeout;
    private ChildProcess process;
    private int starts;

    /**
     * @param directory holds the broker's configuration, logs (data) and its log file
     * @param port the client port; the controller listens on {@code controllerPort}
     */
    public KafkaProcess(Path directory, int port, int controllerPort, Duration readyTimeout) {
        this.directory = directory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.readyTimeout = readyTimeout;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public Path log() {
        return directory.resolve("kafka.log");
    }

    /** Starts the broker (formatting its log directory the first time) and returns once it answers clients. */
    public synchronized Duration start() {
        Instant begin = Instant.now();
        try {
            Path config = writeConfig();
            if (!Files.exists(dataDirectory().resolve("meta.properties"))) {
                format(config);
            }
            starts++;
            process = ChildProcess.start("kafka", javaCommand("kafka.Kafka", config.toString()), Map.of(),
                    directory, directory.resolve("kafka-" + starts + ".out"));
        } catch (IOException e) {
            throw new LaunchFailure("kafka", log(), e.getMessage(), e);
        }
        awaitClients();
        return Duration.between(begin, Instant.now());
    }

    /** SIGTERM: the broker shuts down in order (flushes, leaves the quorum). */
    public synchronized void stop() {
        if (process != null) {
            process.stop(STOP_GRACE);
            process = null;
        }
    }

    /** SIGKILL: the broker disappears without a goodbye, as in a crash or a lost node. */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        stop();
    }

    private Path dataDirectory() {
        return directory.resolve("data");
    }

    private Path writeConfig() throws IOException {
        Files.createDirectories(dataDirectory());
        Properties broker = new Properties();
        broker.put("process.roles", "broker,controller");
        broker.put("node.id", "1");
        broker.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        broker.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        broker.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        broker.put("controller.listener.names", "CONTROLLER");
        broker.put("inter.broker.listener.name", "PLAINTEXT");
        broker.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        broker.put("log.dirs", dataDirectory().toString());
        broker.put("offsets.topic.replication.factor", "1");
        broker.put("offsets.topic.num.partitions", "5");
        broker.put("transaction.state.log.replication.factor", "1");
        broker.put("transaction.state.log.min.isr", "1");
        broker.put("share.coordinator.state.topic.replication.factor", "1");
        broker.put("share.coordinator.state.topic.min.isr", "1");
        broker.put("min.insync.replicas", "1");
        broker.put("auto.create.topics.enable", "true");
        broker.put("num.partitions", "3");
        broker.put("group.initial.rebalance.delay.ms", "0");
        Path file = directory.resolve("server.properties");
        try (var out = Files.newBufferedWriter(file)) {
            broker.store(out, "written by " + KafkaProcess.class.getName());
        }
        // Kafka logs through Log4j 2 and SLF4J, both routed to the JBoss LogManager on this class path.
        Files.writeString(directory.resolve("logging.properties"), """
                loggers=org.apache.kafka,kafka,state.change.logger
                logger.org.apache.kafka.level=WARN
                logger.kafka.level=WARN
                logger.state.change.logger.level=WARN
                logger.level=INFO
                logger.handlers=FILE
                handler.FILE=org.jboss.logmanager.handlers.FileHandler
                handler.FILE.properties=fileName,append,autoFlush
                handler.FILE.fileName=%s
                handler.FILE.append=true
                handler.FILE.autoFlush=true
                handler.FILE.formatter=PATTERN
                formatter.PATTERN=org.jboss.logmanager.formatters.PatternFormatter
                formatter.PATTERN.properties=pattern
                formatter.PATTERN.pattern=%%d{HH:mm:ss,SSS} %%-5p [%%c] (%%t) %%s%%e%%n
                """.formatted(log()));
        return file;
    }

    private void format(Path config) throws IOException {
        ChildProcess formatting = ChildProcess.start("kafka-storage-format",
                javaCommand("kafka.tools.StorageTool", "format", "--cluster-id", CLUSTER_ID, "--config",
                        config.toString(), "--ignore-formatted"),
                Map.of(), directory, directory.resolve("kafka-format.out"));
        try {
            int exit = formatting.onExit().get(120, TimeUnit.SECONDS).exitValue();
            if (exit != 0) {
                throw new LaunchFailure("kafka", directory.resolve("kafka-format.out"),
                        "formatting the log directory failed with exit code " + exit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            formatting.kill();
            throw new LaunchFailure("kafka", null, "interrupted while formatting");
        } catch (ExecutionException | TimeoutException e) {
            formatting.kill();
            throw new LaunchFailure("kafka", directory.resolve("kafka-format.out"), "formatting did not finish", e);
        }
    }

    private List<String> javaCommand(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(SuiteJvmOptions.with(List.of("-Xms128m", "-Xmx512m",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-Dlogging.configuration=" + directory.resolve("logging.properties").toUri())));
        command.addAll(List.of("-cp", absoluteClassPath(), mainClass));
        command.addAll(List.of(arguments));
        return command;
    }

    /** This JVM's class path (it holds the Kafka jars) made absolute: the broker runs in its own directory. */
    private static String absoluteClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Ready means a client can fetch the cluster's metadata, which needs the quorum and the broker up. */
    private void awaitClients() {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        long deadline = System.nanoTime() + readyTimeout.toNanos();
        try (Admin client = Admin.create(admin)) {
            while (true) {
                if (!process.isAlive()) {
                    throw new LaunchFailure("kafka", log(), "exited with code " + process.exitValue()
                            + " before it was ready (see also " + process.log() + ")");
                }
                try {
                    client.describeCluster(new DescribeClusterOptions().timeoutMs(3000)).nodes()
                            .get(4, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | TimeoutException notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new LaunchFailure("kafka", log(), "not ready within " + readyTimeout.toSeconds() + " s");
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("kafka", log(), "interrupted while waiting for the broker");
        }
    }
}
