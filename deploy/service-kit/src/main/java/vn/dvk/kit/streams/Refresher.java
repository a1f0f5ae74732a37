package vn.dvk.kit.streams;

import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Runs the work for a key on a bounded pool, coalescing: a key asked for again while it waits is not queued twice,
 * so the queue holds each key at most once and never outgrows the number of keys (each key a stream's watched
 * parameters, so at most the replica's stream cap). A burst of changes costs one run per key, not one per change.
 * A key is never run on two threads at once; asked for while it runs, it runs once more afterwards, so the last
 * change is always seen.
 */
final class Refresher<K> {

    private static final Logger LOG = Logger.getLogger(Refresher.class);

    private final Consumer<K> work;
    private final int threads;
    private final ThreadPoolExecutor pool;
    /** Keys waiting, oldest first; guarded by {@code this}. */
    private final Set<K> queued = new LinkedHashSet<>();
    /** Keys being worked on; guarded by {@code this}. */
    private final Set<K> running = new HashSet<>();
    private final AtomicLong coalesced = new AtomicLong();
    private int workers;

    Refresher(String name, int threads, Consumer<K> work) {
        this.work = work;
        this.threads = threads;
        // never more than `threads` drain loops are submitted at once, so this queue cannot fill
        this.pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(threads),
                runnable -> {
                    Thread thread = new Thread(runnable, "dvk-stream-refresh-" + name);
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
    }

    /** Asks for the key's work to run (again); returns at once. */
    synchronized void request(K key) {
        if (!queued.add(key)) {
            coalesced.incrementAndGet();
            return;
        }
        startWorker();
    }

    /** Keys waiting to run. */
    synchronized int queued() {
        return queued.size();
    }

    /** Requests folded into one already waiting. */
    long coalesced() {
        return coalesced.get();
    }

    void stop() {
        pool.shutdownNow();
    }

    private void startWorker() {
        if (workers < threads && runnable() != null) {
            try {
                pool.execute(this::drain);
                workers++;
            } catch (RejectedExecutionException stopped) {
                LOG.debug("A refresh was asked for after the streams stopped");
            }
        }
    }

    private void drain() {
        for (;;) {
            K key;
            synchronized (this) {
                key = runnable();
                if (key == null) {
                    workers--;
                    return;
                }
                queued.remove(key);
                running.add(key);
            }
            try {
                work.accept(key);
            } catch (RuntimeException e) {
                LOG.warnf("Refreshing the streams of %s failed: %s", key, e.toString());
            } finally {
                synchronized (this) {
                    running.remove(key);
                    startWorker(); // the key may have been asked for again while it ran
                }
            }
        }
    }

    /** The oldest waiting key not running now, or null. */
    private K runnable() {
        for (Iterator<K> keys = queued.iterator(); keys.hasNext();) {
            K key = keys.next();
            if (!running.contains(key)) {
                return key;
            }
        }
        return null;
    }
}
