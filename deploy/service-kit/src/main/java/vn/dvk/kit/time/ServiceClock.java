package vn.dvk.kit.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The one clock of a service, in the province's time zone. Code that needs the time injects it instead of calling
 * {@code now()}, so that a test can run the service as of another day (dvk.time.starts-at).
 */
@ApplicationScoped
public class ServiceClock {

    /**
     * Application scoped, so a client proxy: Bean Validation takes the clock while Quarkus builds its validators at
     * static init, before the configuration that makes it can be read; the proxy makes it on first use.
     */
    @Produces
    @ApplicationScoped
    Clock clock(TimeSettings settings) {
        return of(settings.zone(), settings.startsAt(), Clock.systemUTC());
    }

    /**
     * The system clock in the zone, or, when a start is given, a clock that reads the start now and runs on at the
     * system clock's pace: not frozen, because the outbox relay, retries and stream expiries need time to pass.
     */
    static Clock of(ZoneId zone, Optional<Instant> startsAt, Clock system) {
        Clock inZone = system.withZone(zone);
        return startsAt.map(start -> Clock.offset(inZone, Duration.between(inZone.instant(), start))).orElse(inZone);
    }
}
