package vn.dvk.kit.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * The service clock for Bean Validation's @Past/@PastOrPresent/@Future checks (Quarkus hands a ClockProvider bean to
 * its ValidatorFactory): "not in the future" means by the province's calendar and the service's time, not by the
 * JVM's default zone and the system clock, Hibernate Validator's default.
 */
@ApplicationScoped
public class ValidationClock implements ClockProvider {

    private final Clock clock;

    public ValidationClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return clock;
    }
}
