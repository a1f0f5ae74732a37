package vn.dvk.reporting.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import vn.dvk.kit.db.PostgresNotifications;
import vn.dvk.kit.streams.OpenStream;
import vn.dvk.kit.streams.StreamHub;
import vn.dvk.kit.streams.StreamHubs;
import vn.dvk.reporting.domain.ReportQuery;
import vn.dvk.reporting.domain.Reports;
import vn.dvk.reporting.projection.FigureChange;
import vn.dvk.reporting.projection.FigureChanges;

/**
 * The open dashboard streams. Each is sent the review it watches when it opens and again whenever figures of its
 * organisation's subtree (and campaign) change on any replica, as PostgreSQL announces on commit. Changes are
 * gathered for a second, and each watched review is read once for all the streams that watch it (the kit's
 * {@link StreamHub}), so a burst of events costs one read per dashboard query, not one per event and stream.
 */
@ApplicationScoped
public class FigureStream {

    private static final Logger LOG = Logger.getLogger(FigureStream.class);

    /**
     * What a stream watches: a review's query (its parameters parsed and checked, the organisation defaulted), and
     * the organisation's name as the caller's scope gave it. Streams with equal watches share every read.
     */
    private record Watch(ReportQuery query, String organisationName) {
    }

    private final Set<Watch> changed = ConcurrentHashMap.newKeySet();
    private final StreamHub<Watch, OpenStream> hub;
    private final PostgresNotifications notifications;
    private final Reports reports;
    private final ObjectMapper mapper;
    /** The service clock, in the province's zone: what "today" is for a report without asOf. */
    private final Clock clock;

    public FigureStream(PostgresNotifications notifications, StreamHubs hubs, Reports reports, ObjectMapper mapper,
            Clock clock) {
        this.notifications = notifications;
        this.hub = hubs.create("figures", this::send);
        this.reports = reports;
        this.mapper = mapper;
        this.clock = clock;
    }

    void start(@Observes StartupEvent start) {
        // on (re)connecting, every stream is sent its review again: changes made meanwhile were not announced
        notifications.listen(FigureChanges.CHANNEL, Duration.ofSeconds(2), hub::changedAll, this::mark);
    }

    /** Sends the stream the query's review: the current one now, a new one after each change. */
    void subscribe(ReportQuery query, String organisationName, OpenStream stream) {
        hub.subscribe(new Watch(query, organisationName), stream);
    }

    /** Marks the watched queries that the payloads' changes concern. */
    private void mark(List<String> payloads) {
        for (String payload : payloads) {
            FigureChange change = FigureChange.parse(payload);
            if (change.everything()) {
                hub.changedAll();
                continue;
            }
            hub.watched().stream().filter(w -> change.concerns(w.query())).forEach(changed::add);
        }
    }

    @Scheduled(every = "1s", identity = "figure-stream-flush")
    void flush() {
        for (Watch watch : List.copyOf(changed)) {
            changed.remove(watch);
            hub.changed(watch);
        }
    }

    private void send(Watch watch, Set<OpenStream> streams) {
        String json;
        try {
            ReportQuery query = watch.query();
            LocalDate last = query.lastDay(clock);
            json = mapper.writeValueAsString(QuarkusTransaction.requiringNew().call(() -> ReviewView.of(
                    reports.review(query, watch.organisationName(), query.firstMonth(last), last))));
        } catch (RuntimeException | JsonProcessingException e) {
            LOG.warnf("The review for %s could not be read for its streams: %s", watch.query(), e.toString());
            changed.add(watch); // tried again at the next flush
            return;
        }
        streams.forEach(stream -> stream.send("review", null, json));
    }
}
