package vn.dvk.registry.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import vn.dvk.kit.db.PostgresNotifications;
import vn.dvk.kit.streams.OpenStream;
import vn.dvk.kit.streams.StreamHub;
import vn.dvk.kit.streams.StreamHubs;
import vn.dvk.registry.domain.Notification;
import vn.dvk.registry.domain.UnitFeed;

/**
 * The open server-sent-event streams of units' feeds. A notification committed on any replica is announced by
 * PostgreSQL ({@link UnitFeed#CHANNEL}); each replica then sends every stream of that unit what it has not sent
 * yet, read from the table, so a stream never skips or repeats an entry. The unit's streams share each read (the
 * kit's {@link StreamHub}): it starts after the entry the furthest-behind stream was sent last, and each stream is
 * sent only what is newer than its own last.
 */
@ApplicationScoped
public class NotificationStream {

    /** At most this many entries per read; a stream far behind catches up in several. */
    private static final int BATCH = 100;

    /** One open stream and the id of the last entry it was sent (only the unit's refresh, one at a time, moves it). */
    private static final class Reader implements StreamHub.Subscriber {
        private final OpenStream stream;
        private volatile long lastSent;

        Reader(OpenStream stream, long lastSent) {
            this.stream = stream;
            this.lastSent = lastSent;
        }

        @Override
        public OpenStream stream() {
            return stream;
        }
    }

    private final StreamHub<String, Reader> hub;
    private final PostgresNotifications notifications;
    private final ObjectMapper mapper;

    public NotificationStream(PostgresNotifications notifications, StreamHubs hubs, ObjectMapper mapper) {
        this.notifications = notifications;
        this.hub = hubs.create("unit-feed", this::sendNew);
        this.mapper = mapper;
    }

    void start(@Observes StartupEvent start) {
        // on (re)connecting, every stream catches up with what was committed while nobody listened
        notifications.listen(UnitFeed.CHANNEL, Duration.ofSeconds(2), hub::changedAll,
                units -> Set.copyOf(units).forEach(hub::changed));
    }

    /** Opens a stream of the unit's entries after {@code lastSeen}: first those already written, then each new one. */
    void subscribe(String unitId, long lastSeen, OpenStream stream) {
        hub.subscribe(unitId, new Reader(stream, lastSeen));
    }

    private void sendNew(String unitId, Set<Reader> readers) {
        long after = readers.stream().mapToLong(reader -> reader.lastSent).min().orElseThrow();
        List<Notification> fresh;
        do {
            long from = after;
            fresh = QuarkusTransaction.requiringNew().call(() -> Notification.after(unitId, from, BATCH));
            for (Notification notification : fresh) {
                String json = toJson(NotificationView.of(notification));
                for (Reader reader : readers) {
                    if (notification.id > reader.lastSent) {
                        reader.stream.send("notification", Long.toString(notification.id), json);
                        reader.lastSent = notification.id;
                    }
                }
                after = notification.id;
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
