package vn.dvk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

/**
 * The services the launcher runs, seen from outside as an operator would: each one's process (found among this
 * JVM's descendants by the application it runs), its resident memory, and the time from its process's start to
 * its first 200 on {@code /q/health/ready}, polled every 10 ms (the launcher polls every 500 ms, too coarse for a
 * two-second target).
 */
final class ServiceProcesses {

    /** How long a process may take to appear: the launcher starts Kafka, PostgreSQL and Keycloak first. */
    private static final Duration APPEAR = Duration.ofMinutes(15);
    /** How long a process may take from its start to ready. */
    private static final Duration GIVE_UP = Duration.ofSeconds(180);
    private static final long POLL_NANOS = 10_000_000;
    private static final ExecutorService WATCHERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "dvk-bench-start-watch");
        thread.setDaemon(true);
        return thread;
    });
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

    /** One service: the application it runs (its {@code quarkus-run.jar}) and where it answers. */
    record Service(String name, Path jar, URI url) {
    }

    private final List<Service> services;

    ServiceProcesses(List<Service> services) {
        this.services = services;
    }

    List<Service> services() {
        return services;
    }

    Optional<ProcessHandle> process(Service service) {
        String jar = service.jar().toString();
        return ProcessHandle.current().descendants()
                .filter(p -> p.isAlive() && p.info().arguments().map(a -> Arrays.asList(a).contains(jar)).orElse(false))
                .findFirst();
    }

    /**
     * Resident memory in MB from /proc/PID/status: {@code VmRSS}, and its parts {@code RssAnon} (the process's own:
     * heap, metaspace, code, threads, and the AOT cache's pages the JVM wrote to) and {@code RssFile} (mapped files
     * as read: the AOT cache's read-only part, the JDK's modules), which the replicas on a node share through the
     * page cache and which the kernel can drop and read again.
     */
    Resident resident(Service service) throws IOException {
        ProcessHandle process = process(service).orElseThrow(() -> new IllegalStateException(service.name()
                + " is not running"));
        Map<String, Long> kilobytes = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.endsWith(" kB")) {
                kilobytes.put(line.substring(0, colon), Long.parseLong(line.replaceAll("\\D", "")));
            }
        }
        if (!kilobytes.keySet().containsAll(List.of("VmRSS", "RssAnon", "RssFile"))) {
            throw new IllegalStateException("no VmRSS, RssAnon or RssFile for " + service.name());
        }
        return new Resident(kilobytes.get("VmRSS") / 1024, kilobytes.get("RssAnon") / 1024,
                kilobytes.get("RssFile") / 1024);
    }

    /** Resident memory in MB: all of it, the process's own and mapped files' pages. */
    record Resident(long megabytes, long anonymousMegabytes, long fileMegabytes) {
    }

    /**
     * Waits for each service's process to appear (other than {@code before}'s) and to answer ready; returns the time
     * from each process's start to its first ready answer, in the order of the services.
     */
    Map<String, Duration> awaitStarts(Map<String, Long> before) {
        // one watcher each: the launcher starts them together, and each must be seen ready as it becomes ready
        Map<String, CompletableFuture<Duration>> watches = new LinkedHashMap<>();
        for (Service service : services) {
            watches.put(service.name(), CompletableFuture.supplyAsync(
                    () -> awaitStart(service, before.getOrDefault(service.name(), -1L)), WATCHERS));
        }
        Map<String, Duration> starts = new LinkedHashMap<>();
        watches.forEach((name, watch) -> starts.put(name, watch.join()));
        return starts;
    }

    /** The pid of each service's process now (-1 for none). */
    Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        services.forEach(s -> pids.put(s.name(), process(s).map(ProcessHandle::pid).orElse(-1L)));
        return pids;
    }

    /**
     * Stops the service's process (SIGTERM, as an orchestrator would), lets the launcher's supervisor start it
     * again, and times the new process from its start to ready while the rest of the suite idles.
     */
    Duration restartAlone(Service service) {
        ProcessHandle old = process(service).orElseThrow(() -> new IllegalStateException(service.name()
                + " is not running"));
        old.destroy();
        old.onExit().join();
        return awaitStart(service, old.pid());
    }

    private Duration awaitStart(Service service, long notPid) {
        long appearBy = System.nanoTime() + APPEAR.toNanos();
        ProcessHandle process = null;
        while (process == null) {
            process = process(service).filter(p -> p.pid() != notPid).orElse(null);
            pause(service, appearBy, APPEAR);
        }
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        Instant started = process.info().startInstant().orElseThrow();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(service.url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (true) {
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.between(started, Instant.now());
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited before it was ready");
            }
            pause(service, deadline, GIVE_UP);
        }
    }

    private static void pause(Service service, long deadline, Duration limit) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException(service.name() + " not started and ready within " + limit);
        }
        LockSupport.parkNanos(POLL_NANOS);
    }
}
