package vn.dvk.local.faults;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import vn.dvk.testing.suite.ServiceReplica;

/**
 * The services' APIs as the load calls them: round-robin over a service's replicas, as a load balancer would,
 * every call recorded in the {@link CallLog}, whatever its outcome.
 */
public final class DvkApi {

    /** Long enough that only a real hang runs into it. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    /** Signed tokens live 10 minutes; a fresh one per minute keeps long runs valid. */
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(1);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, List<ServiceReplica>> replicas;
    private final Map<String, AtomicInteger> nextReplica = new ConcurrentHashMap<>();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final CallLog log;

    private record Token(String value, Instant expires) {
    }

    public DvkApi(Map<String, List<ServiceReplica>> replicas, CallLog log) {
        this.replicas = replicas;
        this.log = log;
    }

    public Call get(String service, String operation, String path, Caller caller) {
        return send(service, operation, HttpRequest.newBuilder().GET(), path, caller);
    }

    public Call post(String service, String operation, String path, Caller caller, String json) {
        return send(service, operation, postOf(json), path, caller);
    }

    /** A conditional POST: {@code ifMatch} names the version of the resource the change was made from. */
    public Call post(String service, String operation, String path, Caller caller, String json, String ifMatch) {
        return send(service, operation, postOf(json).header("If-Match", ifMatch), path, caller);
    }

    private static HttpRequest.Builder postOf(String json) {
        return json == null
                ? HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.noBody())
                : HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString(json))
                        .header("Content-Type", "application/json");
    }

    /** A demo caller whose token is minted on demand. */
    public record Caller(String name, Supplier<String> token) {
    }

    private Call send(String service, String operation, HttpRequest.Builder request, String path, Caller caller) {
        ServiceReplica replica = pick(service);
        HttpRequest built = request.uri(URI.create(replica.url() + path))
                .timeout(ANSWER_TIMEOUT)
                .header("Authorization", "Bearer " + token(caller))
                .header("Accept", "application/json")
                .build();
        Instant at = Instant.now();
        long start = System.nanoTime();
        Call call;
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            call = new Call(service, replica.name(), operation, at, elapsed(start), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            call = new Call(service, replica.name(), operation, at, elapsed(start), Call.UNREACHABLE, null,
                    e.toString());
        } catch (HttpTimeoutException e) {
            call = new Call(service, replica.name(), operation, at, elapsed(start), Call.NO_ANSWER, null,
                    e.toString());
        } catch (IOException e) {
            // The replica died with the request under way (connection reset, closed): it did not answer.
            call = new Call(service, replica.name(), operation, at, elapsed(start), Call.UNREACHABLE, null,
                    e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call = new Call(service, replica.name(), operation, at, elapsed(start), Call.UNREACHABLE, null,
                    "interrupted");
        }
        log.add(call);
        return call;
    }

    private ServiceReplica pick(String service) {
        List<ServiceReplica> list = replicas.get(service);
        int next = nextReplica.computeIfAbsent(service, s -> new AtomicInteger()).getAndIncrement();
        return list.get(Math.floorMod(next, list.size()));
    }

    private String token(Caller caller) {
        return tokens.compute(caller.name(), (name, token) -> token != null && token.expires().isAfter(Instant.now())
                ? token
                : new Token(caller.token().get(), Instant.now().plus(TOKEN_LIFETIME))).value();
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
