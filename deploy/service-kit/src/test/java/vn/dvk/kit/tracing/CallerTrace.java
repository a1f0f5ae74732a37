package vn.dvk.kit.tracing;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** The W3C trace context a traced caller (an instrumented frontend, a gateway) sends with its request. */
record CallerTrace(String traceId, String spanId) {

    static CallerTrace random() {
        return new CallerTrace(hex(16), hex(8));
    }

    /** Sampled: the service records its spans of the trace. */
    String traceparent() {
        return "00-" + traceId + "-" + spanId + "-01";
    }

    static String traceIdOf(String traceparent) {
        return traceparent.split("-")[1];
    }

    static String spanIdOf(String traceparent) {
        return traceparent.split("-")[2];
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
