package vn.dvk.registry.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;
import vn.dvk.kit.api.OpenStreams;
import vn.dvk.kit.db.PostgresNotifications;
import vn.dvk.registry.domain.Notification;
import vn.dvk.registry.domain.UnitFeed;

/**
 * The open server-sent-event streams of units' feeds. A notification committed on any replica is announced by
 * PostgreSQL ({@link UnitFeed#CHANNEL}); each replica then sends every stream of that unit what it has not sent
 * yet, read from the table, so a stream never skips or repeats an entry. A comment every 20 seconds keeps proxies
 * from closing a quiet stream and finds the closed ones.
 */
@ApplicationScoped
public class NotificationStream {

    private static final Logger LOG = Logger.getLogger(NotificationStream.class);
    /** At most this many entries per read; a stream far behind catches up in several. */
    private static final int BATCH = 100;

    /** One open stream and the id of the last entry it was sent. */
    private static final class Subscriber {
        final SseEventSink sink;
        final Sse sse;
        long lastSent;

        Subscriber(SseEventSink sink, Sse sse, long lastSent) {
            this.sink = sink;
            this.sse = sse;
            this.lastSent = lastSent;
        }
    }

    private final Map<String, Set<Subscriber>> byUnit = new ConcurrentHashMap<>();
    /** Reads and sends off the listener's thread, one unit's turn at a time per stream. */
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dvk-unit-feed-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final PostgresNotifications notifications;
    private final OpenStreams streams;
    private final ObjectMapper mapper;

    public NotificationStream(PostgresNotifications notifications, OpenStreams streams, ObjectMapper mapper) {
        this.notifications = notifications;
        this.streams = streams;
        this.mapper = mapper;
    }

    void start(@Observes StartupEvent start) {
        // on (re)connecting, every stream catches up with what was committed while nobody listened
        notifications.listen(UnitFeed.CHANNEL, Duration.ofSeconds(2), () -> byUnit.keySet().forEach(this::announce),
                units -> Set.copyOf(units).forEach(this::announce));
    }

    /** Opens a stream of the unit's entries after {@code lastSeen}: first those already written, then each new one. */
    void subscribe(String unitId, long lastSeen, SseEventSink sink, Sse sse) {
        if (!streams.admit(sink)) {
            return; // this replica is stopping: the client reconnects elsewhere, with Last-Event-ID
        }
        byUnit.computeIfAbsent(unitId, unit -> ConcurrentHashMap.newKeySet()).add(new Subscriber(sink, sse, lastSeen));
        announce(unitId);
    }

    @Scheduled(every = "20s", identity = "unit-feed-heartbeat")
    void heartbeat() {
        byUnit.forEach((unit, subscribers) -> subscribers.forEach(subscriber -> {
            if (subscriber.sink.isClosed()) {
                drop(subscribers, subscriber);
            } else {
                subscriber.sink.send(subscriber.sse.newEventBuilder().comment("keep-alive").build());
            }
        }));
    }

    private void drop(Set<Subscriber> subscribers, Subscriber subscriber) {
        subscribers.remove(subscriber);
        streams.release(subscriber.sink);
    }

    private void announce(String unitId) {
        sender.execute(() -> {
            Set<Subscriber> subscribers = byUnit.getOrDefault(unitId, Set.of());
            for (Subscriber subscriber : subscribers) {
                try {
                    sendNew(unitId, subscriber);
                } catch (RuntimeException e) {
                    LOG.debugf("Stream of unit %s dropped: %s", unitId, e);
                    drop(subscribers, subscriber);
                }
            }
        });
    }

    private void sendNew(String unitId, Subscriber subscriber) {
        if (subscriber.sink.isClosed()) {
            throw new IllegalStateException("closed by the client");
        }
        List<Notification> fresh;
        do {
            long after = subscriber.lastSent;
            fresh = QuarkusTransaction.requiringNew().call(() -> Notification.after(unitId, after, BATCH));
            for (Notification notification : fresh) {
                subscriber.sink.send(subscriber.sse.newEventBuilder()
                        .id(Long.toString(notification.id))
                        .name("notification")
                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(toJson(NotificationView.of(notification)))
                        .build());
                subscriber.lastSent = notification.id;
            }
        } while (fresh.size() == BATCH);
    }

    private String toJson(NotificationView view) {
        try {
            return mapper.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
