package vn.dvk.local.faults;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Every call the load made, in the order they ended. */
public final class CallLog {

    private final List<Call> calls = new ArrayList<>();

    synchronized void add(Call call) {
        calls.add(call);
    }

    public synchronized List<Call> since(Instant start) {
        return calls.stream().filter(call -> !call.at().isBefore(start)).toList();
    }

    public synchronized List<Call> matching(Predicate<Call> filter) {
        return calls.stream().filter(filter).toList();
    }

    public synchronized void clear() {
        calls.clear();
    }
}
