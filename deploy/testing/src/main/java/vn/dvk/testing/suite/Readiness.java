package vn.dvk.testing.suite;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Tells when a child process serves: its readiness URL answers 200. Fails early when the process exits, and
 * with the part's name and log when time runs out.
 */
public final class Readiness {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private static final ScheduledExecutorService POLLER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "dvk-readiness");
        thread.setDaemon(true);
        return thread;
    });

    private Readiness() {
    }

    /**
     * Completes with the time from the process's start to its first 200 answer, or exceptionally with a
     * {@link LaunchFailure}.
     */
    public static CompletableFuture<Duration> of(ChildProcess process, URI url, Duration timeout) {
        CompletableFuture<Duration> ready = new CompletableFuture<>();
        poll(process, HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build(), ready);
        return ready.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionallyCompose(failure -> CompletableFuture.failedFuture(
                        failure instanceof TimeoutException
                                ? new LaunchFailure(process.name(), process.log(),
                                        "not ready within " + timeout.toSeconds() + " s (" + url + " did not answer 200)")
                                : failure));
    }

    private static void poll(ChildProcess process, HttpRequest request, CompletableFuture<Duration> ready) {
        if (ready.isDone()) {
            return;
        }
        HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (response != null && response.statusCode() == 200) {
                ready.complete(Duration.between(process.startedAt(), Instant.now()));
            } else if (!process.isAlive()) {
                ready.completeExceptionally(new LaunchFailure(process.name(), process.log(),
                        "exited with code " + process.exitValue() + " before it was ready"));
            } else {
                POLLER.schedule(() -> poll(process, request, ready), POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }
}
