package vn.dvk.reporting.api;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.dvk.kit.db.PostgresNotifications;
import vn.dvk.reporting.domain.ReportQuery;
import vn.dvk.reporting.domain.Review;
import vn.dvk.reporting.projection.FigureChange;
import vn.dvk.reporting.projection.FigureChanges;

/**
 * The review reports read since their figures last changed. A review is a dozen queries over the counters and the
 * same few dashboards ask for it again and again, while its figures move only when events are projected: each review
 * is read once, then answered from here until a change concerns it. The access check stays per request (the caller's
 * scope resolves the organisation before the key is made), so the key holds no caller: two callers allowed to read
 * the same organisation's figures share the entry.
 * <p>
 * Never older than a change implies: a change committed on this replica empties what it concerns before its commit
 * returns ({@link FigureChanges} tells its observers after success), one committed on another replica as soon as
 * PostgreSQL's notification arrives, and everything when listening (re)starts, since notifications sent while nobody
 * listened are lost. A read that began before a change may answer its own request with what it read, but is not
 * kept: every change moves the generation, and only a read that saw no change from start to end is stored.
 */
@ApplicationScoped
public class ReviewCache {

    /**
     * What a review depends on: its query (the organisation already checked against the caller's scope), the first
     * month of its timeline and its last day (today for a query without asOf: a new day is a new key).
     */
    public record Key(ReportQuery query, YearMonth firstMonth, LocalDate last) {
    }

    /** Reviews of a dozen KB each: dashboards ask for a few organisations and campaigns, not thousands. */
    static final int MAX_ENTRIES = 256;

    private final Map<Key, Review> reviews = new ConcurrentHashMap<>();
    private final PostgresNotifications notifications;
    /** Moved by every change, under the lock of this cache; a read stores its review only if it did not move. */
    private long generation;

    public ReviewCache(PostgresNotifications notifications) {
        this.notifications = notifications;
    }

    void start(@Observes StartupEvent start) {
        notifications.listen(FigureChanges.CHANNEL, Duration.ofSeconds(2), this::clear,
                payloads -> payloads.stream().map(FigureChange::parse).forEach(this::forget));
    }

    /** The review of the key: the one kept, or the one {@code read} reads now (kept if no change came meanwhile). */
    public Review review(Key key, Supplier<Review> read) {
        Review kept = reviews.get(key);
        if (kept != null) {
            return kept;
        }
        long started;
        synchronized (this) {
            started = generation;
        }
        Review review = read.get();
        synchronized (this) {
            if (generation == started) {
                if (reviews.size() >= MAX_ENTRIES) {
                    reviews.clear(); // rather than track use: the keys that dashboards ask for come back at once
                }
                reviews.put(key, review);
            }
        }
        return review;
    }

    /** A change committed on this replica: forgotten before the commit returns to whoever made it. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) FigureChange change) {
        forget(change);
    }

    /** Forgets the reviews a change concerns, and keeps no read that began before it. */
    synchronized void forget(FigureChange change) {
        generation++;
        reviews.keySet().removeIf(key -> change.concerns(key.query()));
    }

    private synchronized void clear() {
        generation++;
        reviews.clear();
    }

    /** How many reviews are kept (for the tests). */
    int size() {
        return reviews.size();
    }

    /** The keys kept (for the tests). */
    List<Key> keys() {
        return List.copyOf(reviews.keySet());
    }
}
