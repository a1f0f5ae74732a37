package vn.dvk.kit.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The buckets on a clock the test moves: a burst of a minute's allowance, then the steady rate. */
@Tag("unit")
class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong();
    private final TokenBuckets buckets = new TokenBuckets(6, now::get); // one request every 10 s

    private void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }

    @Test
    void aClientMayBurstToItsAllowanceAndIsThenToldWhenToComeBack() {
        for (int i = 0; i < 6; i++) {
            assertEquals(Optional.empty(), buckets.take("a"), "request " + i);
        }
        assertEquals(Optional.of(Duration.ofSeconds(10)), buckets.take("a"));
        advance(Duration.ofSeconds(4));
        assertEquals(Optional.of(Duration.ofSeconds(6)), buckets.take("a"), "refused requests cost nothing");
        advance(Duration.ofSeconds(6));
        assertEquals(Optional.empty(), buckets.take("a"));
        assertTrue(buckets.take("a").isPresent());
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        for (int i = 0; i < 6; i++) {
            buckets.take("a");
        }
        assertTrue(buckets.take("a").isPresent());
        assertEquals(Optional.empty(), buckets.take("b"));
    }

    @Test
    void onlyTheBucketsStillRefillingAreKept() {
        buckets.take("quiet");
        advance(Duration.ofSeconds(5));
        buckets.take("busy");
        advance(Duration.ofSeconds(6));
        buckets.forgetFull();
        assertEquals(1, buckets.size(), "the quiet client's bucket refilled and was let go");
        advance(Duration.ofSeconds(10));
        buckets.forgetFull();
        assertEquals(0, buckets.size());
    }

    @Test
    void aLimitAllowsAtLeastOneRequest() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(0, now::get));
    }
}
