package vn.dvk.kit.limits;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per key (a client address, a user): each holds up to a minute's allowance and refills at that
 * rate, so a client may burst to its allowance and then goes at the steady rate. A bucket that has refilled is the
 * same as none, so {@link #forgetFull()} drops those and the map holds only the keys active within the last minute.
 */
public final class TokenBuckets {

    private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

    private record Bucket(double tokens, long at) {
    }

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double perMinute;
    private final LongSupplier nanoClock;

    public TokenBuckets(int perMinute, LongSupplier nanoClock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("A limit must allow at least one request a minute: " + perMinute);
        }
        this.perMinute = perMinute;
        this.nanoClock = nanoClock;
    }

    /** Takes a token from the key's bucket; when it has none, how long until it will have one. */
    public Optional<Duration> take(String key) {
        long now = nanoClock.getAsLong();
        boolean[] taken = {false};
        Bucket after = buckets.compute(key, (k, bucket) -> {
            double tokens = bucket == null ? perMinute : refilled(bucket, now);
            taken[0] = tokens >= 1;
            // a refused request takes nothing: a client that keeps asking is not kept out longer for it
            return new Bucket(taken[0] ? tokens - 1 : tokens, now);
        });
        if (taken[0]) {
            return Optional.empty();
        }
        double missing = 1 - after.tokens;
        return Optional.of(Duration.ofNanos((long) Math.ceil(missing * NANOS_PER_MINUTE / perMinute)));
    }

    /** Drops the buckets that have refilled completely: nothing is lost, a new one starts full. */
    public void forgetFull() {
        long now = nanoClock.getAsLong();
        buckets.entrySet().removeIf(entry -> refilled(entry.getValue(), now) >= perMinute);
    }

    /** How many keys have a bucket now (for the tests and a gauge). */
    public int size() {
        return buckets.size();
    }

    private double refilled(Bucket bucket, long now) {
        return Math.min(perMinute, bucket.tokens + (now - bucket.at) * perMinute / NANOS_PER_MINUTE);
    }
}
