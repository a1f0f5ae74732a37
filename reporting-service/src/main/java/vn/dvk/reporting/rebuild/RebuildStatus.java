package vn.dvk.reporting.rebuild;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * Where the last rebuild stands: events applied of those on the topics when it started (more may come while it
 * runs), its rate and the time it still needs at that rate.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RebuildStatus(State state, OffsetDateTime startedAt, OffsetDateTime finishedAt, long eventsApplied,
        long eventsSkipped, long eventsTotal, double eventsPerSecond, Long secondsLeft, String error) {

    public enum State {
        /** No rebuild since the service started. */
        NONE,
        /** Reading the topics from their start into fresh tables; the live tables keep serving. */
        RUNNING,
        /** Applying the last events and putting the fresh tables in place of the live ones. */
        SWITCHING,
        DONE,
        /** Stopped by an error; the live tables were left as they were. */
        FAILED
    }
}
