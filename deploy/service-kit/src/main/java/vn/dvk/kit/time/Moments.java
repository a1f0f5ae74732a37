package vn.dvk.kit.time;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Timestamps as the services store and publish them: in UTC, whatever the clock's (the province's) zone. */
public final class Moments {

    private Moments() {
    }

    /** The clock's instant as a UTC offset date-time. */
    public static OffsetDateTime utc(Clock clock) {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
