package vn.dvk.kit.streams;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A burst of changes while the pool is busy queues each key once, and each key then runs once more. */
class RefresherTest {

    @Test
    void aBurstOnASaturatedPoolQueuesEachKeyOnceAndRunsItOnceMore() throws Exception {
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        Set<String> runningNow = ConcurrentHashMap.newKeySet();
        AtomicInteger overlaps = new AtomicInteger();
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Refresher<String> refresher = new Refresher<>("test", 1, key -> {
            if (!runningNow.add(key)) {
                overlaps.incrementAndGet();
            }
            runs.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (key.equals("a") && busy.getCount() > 0) {
                busy.countDown();
                hold(release);
            }
            runningNow.remove(key);
        });
        try {
            refresher.request("a");
            assertTrue(busy.await(10, TimeUnit.SECONDS), "the first refresh never started");

            for (int i = 0; i < 1_000; i++) {
                for (String key : new String[] {"a", "b", "c"}) {
                    refresher.request(key);
                }
            }
            assertEquals(3, refresher.queued(), "each key waits once, whatever the number of changes");
            assertEquals(2_997, refresher.coalesced());

            release.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> refresher.queued() == 0
                    && runs.values().stream().mapToInt(AtomicInteger::get).sum() == 4);
            assertEquals(2, runs.get("a").get(), "asked for while it ran, it runs once more");
            assertEquals(1, runs.get("b").get());
            assertEquals(1, runs.get("c").get());
            assertEquals(0, overlaps.get());
        } finally {
            refresher.stop();
        }
    }

    @Test
    void aKeyNeverRunsOnTwoThreadsAtOnce() {
        Set<String> runningNow = ConcurrentHashMap.newKeySet();
        AtomicInteger overlaps = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        Refresher<String> refresher = new Refresher<>("test", 4, key -> {
            if (!runningNow.add(key)) {
                overlaps.incrementAndGet();
            }
            runs.incrementAndGet();
            Thread.onSpinWait();
            runningNow.remove(key);
        });
        try {
            for (int i = 0; i < 20_000; i++) {
                refresher.request("k" + (i % 3));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> refresher.queued() == 0 && runningNow.isEmpty());
            assertEquals(0, overlaps.get());
            assertTrue(runs.get() >= 3);
        } finally {
            refresher.stop();
        }
    }

    private static void hold(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
