package vn.dvk.kit.time;

import io.smallrye.config.ConfigMapping;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The province's time ({@code dvk.time.*}): its zone, what "today" and "this month" mean for registration
 * deadlines, monthly figures and date filters; and, for tests only, the instant the service's clock starts at. The
 * zone's default is set once, in the kit's META-INF/microprofile-config.properties.
 */
@ConfigMapping(prefix = "dvk.time")
public interface TimeSettings {

    /** {@code dvk.time.zone}: the province's time zone, for example {@code Asia/Ho_Chi_Minh}. */
    ZoneId zone();

    /**
     * {@code dvk.time.starts-at}: an ISO instant the service's clock reads when the service starts; it then runs
     * on at the real pace. Unset (always, in production) the clock is the system's. The tests set it so that what
     * they expect (open registration windows, this month's figures) does not depend on the day they run.
     */
    Optional<Instant> startsAt();
}
