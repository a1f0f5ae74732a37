package vn.dvk.kit.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The service clock on a system clock the test moves, and the zone every service gets by default. */
class ServiceClockTest {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant REAL = Instant.parse("2031-01-01T00:00:00Z");

    /** A system clock at a given instant; {@link #advance} moves it as time passing would. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            MovingClock self = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return self.withZone(other);
                }

                @Override
                public Instant instant() {
                    return self.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void withoutAStartItIsTheSystemClockInTheProvincesZone() {
        MovingClock system = new MovingClock(REAL);
        Clock clock = ServiceClock.of(PROVINCE, Optional.empty(), system);

        assertEquals(PROVINCE, clock.getZone());
        assertEquals(REAL, clock.instant());
        system.advance(Duration.ofHours(3));
        assertEquals(REAL.plus(Duration.ofHours(3)), clock.instant());
    }

    @Test
    void withAStartItReadsTheStartAndThenRunsOnAtTheSystemsPace() {
        MovingClock system = new MovingClock(REAL);
        Instant start = Instant.parse("2026-12-01T03:00:00Z");
        Clock clock = ServiceClock.of(PROVINCE, Optional.of(start), system);

        assertEquals(start, clock.instant());
        assertEquals(PROVINCE, clock.getZone());
        assertEquals("2026-12-01", java.time.LocalDate.now(clock).toString());
        system.advance(Duration.ofMinutes(5));
        assertEquals(start.plus(Duration.ofMinutes(5)), clock.instant(), "not frozen: retries and expiries need it");
    }

    @Test
    void theProvinceDayBeginsAtSevenInTheMorningUtc() {
        Clock clock = ServiceClock.of(PROVINCE, Optional.empty(), new MovingClock(Instant.parse("2030-06-30T17:00:00Z")));

        assertEquals("2030-07-01", java.time.LocalDate.now(clock).toString(), "past the deadline in the province");
        assertEquals("2030-06-30T17:00Z", Moments.utc(clock).toString(), "stored and published in UTC");
        assertSame(ZoneOffset.UTC, Moments.utc(clock).getOffset());
    }

    @Test
    void everyServiceGetsTheProvincesZoneFromTheKitsConfiguration() throws IOException {
        Properties kit = new Properties();
        try (InputStream in = ServiceClock.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            kit.load(in);
        }
        assertEquals(PROVINCE, ZoneId.of(kit.getProperty("dvk.time.zone")));
    }
}
