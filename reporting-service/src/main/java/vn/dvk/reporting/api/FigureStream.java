package vn.dvk.reporting.api;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dvk.kit.api.OpenStreams;
import vn.dvk.kit.db.PostgresNotifications;
import vn.dvk.reporting.domain.ReportQuery;
import vn.dvk.reporting.domain.Reports;
import vn.dvk.reporting.projection.FigureChanges;

/**
 * The open dashboard streams. Each is sent the review it watches when it opens and again whenever figures of its
 * organisation's subtree (and campaign) change on any replica, as PostgreSQL announces on commit. Changes are
 * gathered for a second and each watched review is read once for all its streams, so a burst of events costs one
 * read per dashboard query, not one per event and stream.
 */
@ApplicationScoped
public class FigureStream {

    private static final Logger LOG = Logger.getLogger(FigureStream.class);

    /** What a stream watches: a review's query, and the organisation's name as the caller's scope gave it. */
    private record Watch(ReportQuery query, String organisationName) {
    }

    /** One open stream. */
    private record Subscriber(SseEventSink sink, Sse sse) {
    }

    private final Map<Watch, Set<Subscriber>> byWatch = new ConcurrentHashMap<>();
    private final Set<Watch> changed = ConcurrentHashMap.newKeySet();
    /** Reads and sends off the listener's and the scheduler's threads, one at a time. */
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dvk-figure-stream-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final PostgresNotifications notifications;
    private final OpenStreams streams;
    private final Reports reports;
    private final ObjectMapper mapper;
    private final ZoneId zone;

    public FigureStream(PostgresNotifications notifications, OpenStreams streams, Reports reports, ObjectMapper mapper,
            @ConfigProperty(name = "dvk.time-zone", defaultValue = "Asia/Ho_Chi_Minh") ZoneId zone) {
        this.notifications = notifications;
        this.streams = streams;
        this.reports = reports;
        this.mapper = mapper;
        this.zone = zone;
    }

    void start(@Observes StartupEvent start) {
        // on (re)connecting, every stream is sent its review again: changes made meanwhile were not announced
        notifications.listen(FigureChanges.CHANNEL, Duration.ofSeconds(2), () -> changed.addAll(byWatch.keySet()),
                this::mark);
    }

    /** Opens a stream of the query's review: the current one now, a new one after each change. */
    void subscribe(ReportQuery query, String organisationName, SseEventSink sink, Sse sse) {
        if (!streams.admit(sink)) {
            return; // this replica is stopping: the client reconnects elsewhere
        }
        Watch watch = new Watch(query, organisationName);
        Subscriber subscriber = new Subscriber(sink, sse);
        byWatch.computeIfAbsent(watch, w -> ConcurrentHashMap.newKeySet()).add(subscriber);
        sender.execute(() -> send(watch, Set.of(subscriber)));
    }

    /** Marks the watched queries that a payload ("campaign|node,node…" or everything) concerns. */
    private void mark(List<String> payloads) {
        for (String payload : payloads) {
            if (FigureChanges.EVERYTHING.equals(payload)) {
                changed.addAll(byWatch.keySet());
                continue;
            }
            int bar = payload.indexOf('|');
            String campaign = payload.substring(0, bar);
            Set<String> nodes = Set.of(payload.substring(bar + 1).split(","));
            byWatch.keySet().stream()
                    .filter(w -> nodes.contains(w.query().organisationId())
                            && (campaign.isEmpty() || campaign.equals(w.query().campaignId())))
                    .forEach(changed::add);
        }
    }

    @Scheduled(every = "1s", identity = "figure-stream-flush")
    void flush() {
        for (Watch watch : List.copyOf(changed)) {
            changed.remove(watch);
            Set<Subscriber> subscribers = byWatch.get(watch);
            if (subscribers != null) {
                sender.execute(() -> send(watch, subscribers));
            }
        }
    }

    @Scheduled(every = "20s", identity = "figure-stream-heartbeat")
    void heartbeat() {
        byWatch.forEach((watch, subscribers) -> subscribers.forEach(subscriber -> {
            if (subscriber.sink().isClosed()) {
                drop(watch, subscriber);
            } else {
                subscriber.sink().send(subscriber.sse().newEventBuilder().comment("keep-alive").build());
            }
        }));
    }

    private void send(Watch watch, Set<Subscriber> subscribers) {
        String json;
        try {
            ReportQuery query = watch.query();
            LocalDate last = query.lastDay(zone);
            json = mapper.writeValueAsString(QuarkusTransaction.requiringNew().call(() -> ReviewView.of(
                    reports.review(query, watch.organisationName(), query.firstMonth(last), last))));
        } catch (RuntimeException | JsonProcessingException e) {
            LOG.warnf("The review for %s could not be read for its streams: %s", watch.query(), e.toString());
            changed.add(watch); // tried again at the next flush
            return;
        }
        for (Subscriber subscriber : Set.copyOf(subscribers)) {
            if (subscriber.sink().isClosed()) {
                drop(watch, subscriber);
                continue;
            }
            subscriber.sink().send(subscriber.sse().newEventBuilder().name("review")
                    .mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(json).build())
                    .whenComplete((ok, failure) -> {
                        if (failure != null) {
                            LOG.debugf("Dashboard stream dropped: %s", failure.toString());
                            drop(watch, subscriber);
                        }
                    });
        }
    }

    private void drop(Watch watch, Subscriber subscriber) {
        streams.release(subscriber.sink());
        byWatch.computeIfPresent(watch, (w, subscribers) -> {
            subscribers.remove(subscriber);
            return subscribers.isEmpty() ? null : subscribers;
        });
    }
}
