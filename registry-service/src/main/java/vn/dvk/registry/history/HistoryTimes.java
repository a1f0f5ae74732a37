package vn.dvk.registry.history;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The moments a history import stamps past events with. A file gives days; each thing is placed at an hour of its
 * day in the province (the clock's zone), so that every report, which counts by the province's days, puts it on
 * that day, and the things of one day keep their order: a model drafted at 08:00 and submitted at 09:00, a decision
 * of that day at 10:00 (recognition's), figures at the end of their month.
 */
record HistoryTimes(Clock clock) {

    static final LocalTime DRAFTED = LocalTime.of(8, 0);
    static final LocalTime SUBMITTED = LocalTime.of(9, 0);
    static final LocalTime DECIDED = LocalTime.of(10, 0);
    static final LocalTime CLOSED = LocalTime.of(17, 0);

    OffsetDateTime at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(clock.getZone()).withZoneSameInstant(ZoneOffset.UTC).toOffsetDateTime();
    }
}
