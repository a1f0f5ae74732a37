package vn.dvk.kit.tracing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The spans the application exports, kept in memory for the tests to look at (the way the Quarkus OpenTelemetry
 * guide shows): a SpanExporter bean replaces the OTLP exporter. Nothing reaches it while the SDK is off.
 */
@ApplicationScoped
public class RecordedSpans {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }

    /** The finished spans of one trace. */
    public static List<SpanData> of(InMemorySpanExporter exporter, String traceId) {
        return exporter.getFinishedSpanItems().stream().filter(span -> traceId.equals(span.getTraceId())).toList();
    }
}
