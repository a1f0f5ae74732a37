package vn.dvk.kit.events;

/**
 * An event that can never be processed as it is (unreadable, or lacking what its consumer needs): it goes to
 * the dead-letter topic with this reason, to be replayed once its cause is fixed.
 */
public class UnprocessableEvent extends RuntimeException {

    public UnprocessableEvent(String reason) {
        super(reason);
    }

    public UnprocessableEvent(String reason, Throwable cause) {
        super(reason, cause);
    }
}
