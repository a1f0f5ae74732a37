package vn.dvk.kit.failure;

/** What a failure means for whoever hit it: try again now, try again later, or give up. */
public enum FailureKind {
    /**
     * Another change won the race for the same data (a stale version, a unique key taken meanwhile, a
     * serialization failure or a deadlock). The work is sound; done again on fresh state it may succeed or
     * be refused for a reason the caller can understand.
     */
    CONFLICT,
    /**
     * A dependency is away or overloaded for now (the database down, switching over or out of connections,
     * a lock or statement timeout). Nothing is wrong with the work itself: retry after a while.
     */
    UNAVAILABLE,
    /** Anything else: doing it again will fail again. */
    PERMANENT;

    /** Whether doing the same work again may succeed. */
    public boolean isTransient() {
        return this != PERMANENT;
    }
}
