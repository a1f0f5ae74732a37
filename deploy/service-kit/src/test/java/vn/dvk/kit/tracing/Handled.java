package vn.dvk.kit.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/** What the test channels' handlers saw when they applied an event: the trace current then, by aggregate key. */
public final class Handled {

    /** The trace id current in the handler, or {@link #NO_TRACE}. */
    private static final Map<String, String> TRACES = new ConcurrentHashMap<>();
    static final String NO_TRACE = "none";
    private static final Logger LOG = Logger.getLogger(Handled.class);

    private Handled() {
    }

    /** Called from an event's effect, inside the inbox's transaction. */
    static void applied(String key) {
        SpanContext current = Span.current().getSpanContext();
        TRACES.put(key, current.isValid() ? current.getTraceId() : NO_TRACE);
        LOG.infof("Applied traced event %s", key);
    }

    /** The trace the handler of the aggregate's event ran in, once it has run. */
    public static Optional<String> traceOf(String key) {
        return Optional.ofNullable(TRACES.get(key));
    }
}
