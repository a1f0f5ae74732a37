package vn.dvk.kit.streams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.dvk.kit.metrics.KitMeters;
import vn.dvk.kit.problems.BilingualText;
import vn.dvk.kit.problems.CommonProblems;
import vn.dvk.kit.problems.KitMessages;
import vn.dvk.kit.problems.Languages;
import vn.dvk.kit.problems.Problem;
import vn.dvk.kit.problems.ProblemType;
import vn.dvk.kit.problems.RetryLaterProblem;

/**
 * The server-sent event streams a replica holds open: admitted within the caps, ended when their token expires,
 * kept alive by a comment, and ended together when the replica begins to shut down.
 * <p>
 * A stream outlives nothing its token would not: at the token's {@code exp} it is sent a last event,
 * {@code expired} (a problem as JSON), and ended, and the client reconnects with a fresh token, which is checked
 * again. A role or organisation taken away therefore stops a stream by the time the token it was opened with
 * expires (Keycloak's access tokens live minutes).
 * <p>
 * A stream never finishes by itself, so at shutdown the graceful wait for requests in flight would otherwise last
 * its whole timeout on every replica that stops (each rollout, each scale-down); ended at once, each browser's
 * EventSource reconnects to a replica that stays. Shutdown begins with {@link ShutdownDelayInitiatedEvent} (the
 * kit's configuration enables it), before that wait.
 */
@ApplicationScoped
public class OpenStreams {

    /** How long the last event of an expired stream may take to be sent before the stream ends anyway. */
    private static final Duration LAST_WORD = Duration.ofSeconds(5);

    private final StreamSettings settings;
    private final JsonWebToken token;
    private final String expiredEvent;
    private final Set<OpenStream> open = ConcurrentHashMap.newKeySet();
    /** Open streams per user; guarded by {@code this}, with the admission it decides. */
    private final Map<String, Integer> perUser = new HashMap<>();
    /** Open streams in all; guarded by {@code this}. */
    private int admitted;
    private final ScheduledThreadPoolExecutor expiries = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "dvk-stream-expiry");
        thread.setDaemon(true);
        return thread;
    });
    private final Counter refusedForUser;
    private final Counter refusedForReplica;
    private final Counter expired;
    private volatile boolean closing;

    OpenStreams(StreamSettings settings, JsonWebToken token, ObjectMapper mapper, MeterRegistry registry) {
        this.settings = settings;
        this.token = token;
        this.expiredEvent = expiredEvent(mapper);
        expiries.setRemoveOnCancelPolicy(true); // a stream that ends early takes its timer with it
        Gauge.builder(KitMeters.STREAMS_OPEN.name(), open, Set::size)
                .description("Server-sent event streams open on this replica")
                .register(registry);
        refusedForUser = refusals(registry, "user");
        refusedForReplica = refusals(registry, "replica");
        expired = Counter.builder(KitMeters.STREAMS_EXPIRED.name())
                .description("Streams ended because their token expired")
                .register(registry);
    }

    /**
     * Admits the request's stream for the caller its token names, or refuses it before anything is sent: 429 when
     * the user holds as many as they may, 503 when this replica does.
     *
     * @return the open stream, or empty if this replica is stopping (the stream is ended at once, and the client
     *         reconnects to another)
     */
    public Optional<OpenStream> open(SseEventSink sink, Sse sse) {
        String user = token.getSubject();
        return open(user == null ? "" : user, Instant.ofEpochSecond(token.getExpirationTime()), sink, sse);
    }

    Optional<OpenStream> open(String user, Instant expiresAt, SseEventSink sink, Sse sse) {
        if (closing) {
            sink.close();
            return Optional.empty();
        }
        admit(user);
        OpenStream stream;
        try {
            stream = new OpenStream(sink, sse, user, expiresAt);
        } catch (RuntimeException e) {
            release(user);
            throw e;
        }
        // Write the response's head now, on the request's thread: RESTEasy Reactive writes it after the resource
        // method returns unless an event has, and checks then sets it unsynchronised, so a refresh sending the first
        // event from another thread meanwhile made the request fail ("Response head already sent") and the stream end.
        stream.comment("open");
        open.add(stream);
        stream.whenEnded(() -> {
            if (open.remove(stream)) {
                release(user);
            }
        });
        // The system clock, not the service's: the token's expiry was set on the issuer's real clock, and the OIDC
        // validation that admitted it compares it with the system clock too.
        long untilExpiry = Math.max(0, Duration.between(Instant.now(), expiresAt).toMillis());
        try {
            stream.expireAt(expiries.schedule(() -> expire(stream), untilExpiry, TimeUnit.MILLISECONDS));
        } catch (RejectedExecutionException shutDown) {
            closing = true; // only shutdown stops the timer
        }
        if (closing) {
            stream.close(); // shutdown began while it was being admitted
            return Optional.empty();
        }
        return Optional.of(stream);
    }

    private synchronized void admit(String user) {
        if (perUser.getOrDefault(user, 0) >= settings.maxPerUser()) {
            refusedForUser.increment();
            throw new RetryLaterProblem(CommonProblems.TOO_MANY_STREAMS, Response.Status.TOO_MANY_REQUESTS,
                    KitMessages.TOO_MANY_STREAMS_FOR_USER.text(settings.maxPerUser()),
                    settings.retryAfter());
        }
        if (admitted >= settings.maxPerReplica()) {
            refusedForReplica.increment();
            throw new RetryLaterProblem(CommonProblems.UNAVAILABLE, Response.Status.SERVICE_UNAVAILABLE,
                            KitMessages.TOO_MANY_STREAMS_ON_SERVER.text(), settings.retryAfter());
        }
        perUser.merge(user, 1, Integer::sum);
        admitted++;
    }

    private synchronized void release(String user) {
        perUser.computeIfPresent(user, (u, count) -> count == 1 ? null : count - 1);
        admitted--;
    }

    /** The token the stream was opened with has expired: the client is told, then the stream ends. */
    private void expire(OpenStream stream) {
        if (!stream.isOpen()) {
            return;
        }
        expired.increment();
        stream.send("expired", null, expiredEvent).whenComplete((ok, failure) -> stream.close());
        // a client that reads nothing would hold the send, and the stream, open: ended regardless soon after
        expiries.schedule(stream::close, LAST_WORD.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Streams open on this replica. */
    public int count() {
        return open.size();
    }

    @Scheduled(every = "${dvk.streams.heartbeat:20s}", identity = "dvk-stream-heartbeat")
    void heartbeat() {
        open.forEach(stream -> stream.comment("keep-alive"));
    }

    void closeAll(@Observes ShutdownDelayInitiatedEvent shutdown) {
        closing = true;
        List.copyOf(open).forEach(OpenStream::close);
        expiries.shutdownNow();
    }

    private static Counter refusals(MeterRegistry registry, String cap) {
        return Counter.builder(KitMeters.STREAMS_REFUSED.name()).tag("cap", cap)
                .description("Streams refused because the user's or the replica's cap was reached")
                .register(registry);
    }

    private static String expiredEvent(ObjectMapper mapper) {
        ProblemType type = CommonProblems.TOKEN_EXPIRED;
        BilingualText detail = KitMessages.STREAM_TOKEN_EXPIRED.text();
        try {
            return mapper.writeValueAsString(new Problem(type.uri(), type.title(Languages.VIETNAMESE), 401,
                    detail.in(Languages.VIETNAMESE), null, List.of(), null, detail, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
