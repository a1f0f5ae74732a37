package vn.dvk.testing.suite;

import java.nio.file.Path;

/** A part of the suite did not start: says which one and where its log is. */
public final class LaunchFailure extends RuntimeException {

    private final String part;
    private final transient Path log;

    public LaunchFailure(String part, Path log, String message, Throwable cause) {
        super(part + ": " + message + (log != null ? " (log: " + log + ")" : ""), cause);
        this.part = part;
        this.log = log;
    }

    public LaunchFailure(String part, Path log, String message) {
        this(part, log, message, null);
    }

    public String part() {
        return part;
    }

    /** The part's log file, or {@code null} when it has none. */
    public Path log() {
        return log;
    }
}
