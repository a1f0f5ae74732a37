package vn.dvk.kit.events;

/**
 * What a service does with the events of one topic. The {@link EventInbox} calls it in two steps: first
 * {@link #read} as soon as the event arrives, so that an event that can never be applied is dead-lettered at
 * once instead of being held; then the returned {@link Effect} when the event's turn comes, inside the
 * transaction that records it as applied.
 */
public interface EventHandler {

    /** The topic whose events this handler applies. */
    String topic();

    /**
     * Reads and checks the event.
     *
     * @return what applying it does; {@link Effect#NONE} for types the service has no use for (they still take
     *         their place in the sequence)
     * @throws UnprocessableEvent when the event lacks what the service needs
     */
    Effect read(IncomingEvent event);

    /**
     * Runs the effects of several events applied in one transaction (the inbox's {@code receiveAll}); a handler may
     * gather their writes and make them once, before the transaction commits.
     */
    default void applyTogether(Runnable effects) {
        effects.run();
    }

    /** The change an event makes to the service's own state. */
    @FunctionalInterface
    interface Effect {
        Effect NONE = () -> {
        };

        void apply();
    }
}
