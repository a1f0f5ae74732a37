package vn.dvk.kit.events;

/**
 * An event on one of the service's dead-letter topics, with why it got there and what its replays did.
 *
 * @param id {@code <dead-letter topic>/<partition>/<offset>}, stable for as long as the topic keeps the record
 * @param status {@code PENDING} (never replayed), {@code FAILED} (replayed and failed again) or {@code REPLAYED}
 * @param outcome what the successful replay did: {@code applied}, {@code duplicate} (already applied meanwhile) or
 *        {@code parked} (an earlier event of the same model is still missing)
 */
public record DeadLetter(
        String id,
        String sourceTopic,
        String key,
        String eventId,
        String eventType,
        String reason,
        String failedAt,
        String payload,
        String status,
        String outcome,
        String lastReplayError,
        String replayedAt) {

    public static final String PENDING = "PENDING";
    public static final String FAILED = "FAILED";
    public static final String REPLAYED = "REPLAYED";

    boolean isReplayed() {
        return REPLAYED.equals(status);
    }
}
