package vn.dvk.local.web;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.IntPredicate;

/**
 * Which of the four port slots this JVM's browser suite uses: the first whose lock file no other JVM holds and whose
 * ports are free. The lock is held until the JVM exits, so two failsafe forks (or two checkouts testing at once) never
 * start a suite on the same ports; the operating system releases it even if the JVM is killed.
 */
final class Slot {

    static final int SLOTS = 4;

    /** Kept reachable: a channel the collector reclaims is closed, and its lock released with it. */
    private static FileLock held;

    private Slot() {
    }

    /**
     * Takes a free slot, 0 to {@link #SLOTS} - 1, and keeps it for the rest of the JVM's life.
     *
     * @param portsFree whether a slot's ports are free (something that takes no lock may hold them)
     */
    static synchronized int take(IntPredicate portsFree) {
        for (int slot = 0; slot < SLOTS; slot++) {
            try {
                FileChannel channel = FileChannel.open(lockFile(slot), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock != null && portsFree.test(slot)) {
                    held = lock;
                    return slot;
                }
                channel.close(); // releases the lock, if it was taken
            } catch (IOException e) {
                throw new IllegalStateException("cannot lock " + lockFile(slot), e);
            }
        }
        throw new IllegalStateException("all " + SLOTS + " port slots of the browser suite are taken by other JVMs");
    }

    private static Path lockFile(int slot) {
        return Path.of(System.getProperty("java.io.tmpdir"), "dvk-web-suite-slot-" + slot + ".lock");
    }
}
