package vn.dvk.kit.db;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads kept until a change may concern them, for a cache that {@link PostgresNotifications} and this replica's own
 * commits keep true. A read that began before a change may answer its own request with what it read, but is not
 * kept: every change moves the generation, and only a read that saw no change from start to end is stored.
 * <p>
 * Keys fall into groups (a report, a queue); when a group holds {@code maxPerGroup} reads, the next one empties that
 * group only, rather than tracking use: the keys people ask for come back at once, and a flood of keys of one group
 * (anyone's gallery searches, say) pushes out no other group's.
 *
 * @param <K> what a read is kept under: equal keys, the same read
 */
public final class KeptReads<K> {

    private final Map<K, Object> reads = new ConcurrentHashMap<>();
    private final Function<K, Object> group;
    private final int maxPerGroup;
    /** Moved by every change, under the lock of this object. */
    private long generation;

    public KeptReads(Function<K, Object> group, int maxPerGroup) {
        this.group = group;
        this.maxPerGroup = maxPerGroup;
    }

    /** The read kept under the key, or the one {@code read} reads now (kept if no change came meanwhile). */
    @SuppressWarnings("unchecked") // a key names its read's type: callers keep one type of read per kind of key
    public <T> T read(K key, Supplier<T> read) {
        T kept = (T) reads.get(key);
        if (kept != null) {
            return kept;
        }
        long started;
        synchronized (this) {
            started = generation;
        }
        T fresh = read.get();
        synchronized (this) {
            if (generation == started) {
                Object itsGroup = group.apply(key);
                Predicate<K> inGroup = k -> Objects.equals(group.apply(k), itsGroup);
                if (reads.keySet().stream().filter(inGroup).count() >= maxPerGroup) {
                    reads.keySet().removeIf(inGroup);
                }
                reads.put(key, fresh);
            }
        }
        return fresh;
    }

    /** Forgets the reads a change may concern, and keeps no read that began before it. */
    public synchronized void forget(Predicate<K> concerned) {
        generation++;
        reads.keySet().removeIf(concerned);
    }

    /** Forgets every read (and keeps none that began before). */
    public synchronized void forgetAll() {
        generation++;
        reads.clear();
    }

    /** The keys kept now. */
    public List<K> keys() {
        return List.copyOf(reads.keySet());
    }
}
