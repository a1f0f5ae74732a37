package vn.dvk.kit.events;

/**
 * An event on one of the service's dead-letter topics, with why it got there and what its replays did.
 *
 * @param id {@code <dead-letter topic>/<partition>/<offset>}, stable for as long as the topic keeps the record
 * @param reason why it failed; without the payload role, only what the service says before the first {@code ": "}
 *        (what follows quotes the event or the database about it)
 * @param payload the event as it was sent; only for callers holding {@code operator-payloads}
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

    /**
     * The letter without anything the event said: its payload goes, and the reasons keep only the service's own
     * words (the kit's reasons put what failed first and the quoted event, or the database's words about it,
     * after a colon).
     */
    public DeadLetter metadataOnly() {
        return new DeadLetter(id, sourceTopic, key, eventId, eventType, summary(reason), failedAt, null, status,
                outcome, summary(lastReplayError), replayedAt);
    }

    static String summary(String reason) {
        if (reason == null) {
            return null;
        }
        int colon = reason.indexOf(": ");
        return colon < 0 ? reason : reason.substring(0, colon);
    }

    boolean isReplayed() {
        return REPLAYED.equals(status);
    }
}
