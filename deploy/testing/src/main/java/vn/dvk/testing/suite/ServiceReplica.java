package vn.dvk.testing.suite;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

/**
 * One replica of a DVK service, run from its packaged Quarkus application as the launcher runs it, on a port of
 * its own. It can be killed (SIGKILL) and started again on the same port, as Kubernetes restarts a crashed pod.
 */
public final class ServiceReplica {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final String service;
    private final int port;
    private final Path jar;
    private final Path logDirectory;
    private final Map<String, String> environment;
    private final Duration readyTimeout;
    private ChildProcess process;
    private int starts;

    /** @param environment the configuration: database, Kafka, OIDC issuer, and the service's own settings */
    ServiceReplica(String service, int port, Path jar, Path logDirectory, Map<String, String> environment,
            Duration readyTimeout) {
        this.service = service;
        this.port = port;
        this.jar = jar;
        this.logDirectory = logDirectory;
        this.environment = new HashMap<>(environment);
        this.environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        this.readyTimeout = readyTimeout;
        if (!Files.isRegularFile(jar)) {
            throw new LaunchFailure(service, null, jar + " does not exist; build the services first with"
                    + " ./mvnw install -DskipTests");
        }
    }

    public String service() {
        return service;
    }

    public int port() {
        return port;
    }

    public URI url() {
        return URI.create("http://localhost:" + port);
    }

    /** {@code registry-service@19100}: names the replica in reports and logs. */
    public String name() {
        return service + "@" + port;
    }

    /** Starts the replica and returns once it reports ready; its output goes to a new log file per start. */
    public Duration start() {
        ChildProcess started;
        synchronized (this) {
            if (process != null && process.isAlive()) {
                throw new IllegalStateException(name() + " is running already");
            }
            if (portAnswers()) {
                // a process of an earlier run, most likely: its answers would be taken for this replica's
                throw new IllegalStateException(name() + ": port " + port + " is taken by another process");
            }
            starts++;
            Path log = logDirectory.resolve(service + "-" + port + "-" + starts + ".log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // file.encoding: Vietnamese text must not depend on the machine's locale.
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(SuiteJvmOptions.with(List.of("-Xmx256m", "-Dfile.encoding=UTF-8")));
            command.addAll(List.of("-jar", jar.toString()));
            started = ChildProcess.start(name(), command, environment, jar.getParent(), log);
            process = started;
        }
        try {
            return Readiness.of(started, URI.create(url() + "/q/health/ready"), readyTimeout).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private boolean portAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** SIGKILL, no shutdown hook: in-flight batches, transactions and unpublished outbox rows are cut short. */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    /** SIGTERM with a grace period: the graceful shutdown a rolling update does. */
    public synchronized void stop() {
        if (process != null) {
            process.stop(STOP_GRACE);
            process = null;
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public String toString() {
        return name();
    }
}
