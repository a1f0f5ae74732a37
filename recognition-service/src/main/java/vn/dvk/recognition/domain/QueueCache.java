package vn.dvk.recognition.domain;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import vn.dvk.kit.db.KeptReads;
import vn.dvk.kit.db.PostgresNotifications;

/**
 * The committees' queues as last read, until a case or a review window changes. The same reviewers open the same
 * queue again and again, while it moves only when a case arrives, is decided or leaves: two statements over the
 * cases at every read were most of a queue's cost (JFR and perf, deploy/bench). What is kept is what the database
 * holds, not what moves with the clock: how long each case has waited, and whether it is overdue, are worked out at
 * each read.
 * <p>
 * Never older than a change implies: a change committed on this replica is forgotten before its commit returns
 * ({@link QueueWrites}), one committed anywhere as soon as PostgreSQL's notification arrives (a trigger on the
 * tables announces every statement that writes them, whoever runs it: migration V18), and everything when listening
 * (re)starts, since notifications sent while nobody listened are lost; a read that began before a change is not
 * kept ({@link KeptReads}).
 */
@ApplicationScoped
public class QueueCache {

    /** The channel migration V18's trigger notifies on. */
    static final String CHANNEL = "dvk_recognition_queue";
    /**
     * The committees of a province and the filters they use. Pages of at most {@link #MAX_KEPT_PAGE} cases are kept
     * (about 1 KB a case): a reviewer asking for every cursor of 500-case pages costs reads, not the heap.
     */
    static final int MAX_ENTRIES = 256;
    static final int MAX_KEPT_PAGE = 100;

    /** One group: pages and counts of every committee go together. */
    private final KeptReads<Object> reads = new KeptReads<>(key -> "queues", MAX_ENTRIES);
    private final PostgresNotifications notifications;

    public QueueCache(PostgresNotifications notifications) {
        this.notifications = notifications;
    }

    void start(@Observes StartupEvent start) {
        notifications.listen(CHANNEL, Duration.ofSeconds(2), reads::forgetAll, payloads -> reads.forgetAll());
    }

    /** What {@code read} reads for the key: kept, or read now (and kept if no change came meanwhile). */
    <T> T read(Object key, Supplier<T> read) {
        return reads.read(key, read);
    }

    /** Cases or windows changed: nothing kept may stand. */
    void forgetAll() {
        reads.forgetAll();
    }

    /** The keys kept (for the tests). */
    List<Object> keys() {
        return reads.keys();
    }
}
