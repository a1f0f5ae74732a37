package vn.dvk.reporting.api;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import vn.dvk.kit.db.KeptReads;
import vn.dvk.kit.db.PostgresNotifications;
import vn.dvk.reporting.domain.ReportQuery;
import vn.dvk.reporting.projection.FigureChange;
import vn.dvk.reporting.projection.FigureChanges;

/**
 * The reports read since their figures last changed: the review, the funnel, the breakdowns, the organisations'
 * table, the backlog, the commendations; and the public gallery's pages since a model they may show was written. A
 * review is a dozen queries over the counters, a funnel two, and the same few dashboards ask for them again and
 * again, while their figures move only when events are projected: each report is read once, then answered from here
 * until a change concerns it. The access check stays per request (the caller's scope resolves the organisation before
 * the key is made), so the key holds no caller: two callers allowed to read the same organisation's figures share
 * the entry.
 * <p>
 * Never older than a change implies: a change committed on this replica empties what it concerns before its commit
 * returns ({@link FigureChanges} tells its observers after success), one committed on another replica as soon as
 * PostgreSQL's notification arrives, and everything when listening (re)starts, since notifications sent while nobody
 * listened are lost; a read that began before a change is not kept ({@link KeptReads}).
 */
@ApplicationScoped
public class FigureCache {

    /**
     * What a report depends on: which report, its query (the organisation already checked against the caller's
     * scope) and what else it reads by, for the review the first month of its timeline and its last day (today for a
     * query without asOf, so that a new day is a new key).
     */
    public record Key(String report, ReportQuery query, Object detail) {

        public static Key review(ReportQuery query, YearMonth firstMonth, LocalDate last) {
            return new Key("review", query, List.of(firstMonth, last));
        }

        /** A page of the public gallery: the same for every visitor, it names no organisation of a caller. */
        public static Key gallery(Object page) {
            return new Key("gallery", null, page);
        }

        boolean concernedBy(FigureChange change) {
            return query == null ? change.gallery() : change.concerns(query);
        }
    }

    /**
     * Per report: reports of at most a dozen KB each, dashboards ask for a few organisations and campaigns, not
     * thousands; the gallery's pages are anyone's to ask for, and a flood of them pushes out only gallery pages.
     */
    static final int MAX_PER_REPORT = 256;

    private final KeptReads<Key> reports = new KeptReads<>(Key::report, MAX_PER_REPORT);
    private final PostgresNotifications notifications;

    public FigureCache(PostgresNotifications notifications) {
        this.notifications = notifications;
    }

    void start(@Observes StartupEvent start) {
        notifications.listen(FigureChanges.CHANNEL, Duration.ofSeconds(2), reports::forgetAll,
                payloads -> payloads.stream().map(FigureChange::parse).forEach(this::forget));
    }

    /** The report of the key: the one kept, or the one {@code read} reads now (kept if no change came meanwhile). */
    public <T> T report(Key key, Supplier<T> read) {
        return reports.read(key, read);
    }

    /** A change committed on this replica: forgotten before the commit returns to whoever made it. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) FigureChange change) {
        forget(change);
    }

    /** Forgets the reports a change concerns, and keeps no read that began before it. */
    void forget(FigureChange change) {
        reports.forget(key -> key.concernedBy(change));
    }

    /** The keys kept (for the tests). */
    List<Key> keys() {
        return reports.keys();
    }
}
