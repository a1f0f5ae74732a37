package vn.dvk.kit.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A poll applied together runs in a span of the records' trace when they share one, and otherwise links each trace
 * it carries; its handler's work (and log lines) run inside that span. Tracing off, nothing is recorded.
 */
class PollTracingTest {

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exported)).build()).build();
    private final PollTracing tracing = new PollTracing(false, sdk);

    @Test
    void aPollOfOneTraceContinuesIt() {
        SpanContext request = context("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7");
        AtomicReference<SpanContext> during = new AtomicReference<>();
        tracing.around("registry.model-events", List.of(record(request, 0), record(request, 1)),
                () -> during.set(Span.current().getSpanContext()));

        SpanData span = exported.getFinishedSpanItems().get(0);
        assertEquals("process registry.model-events", span.getName());
        assertEquals(request.getTraceId(), span.getTraceId());
        assertEquals(request.getSpanId(), span.getParentSpanId());
        assertEquals(span.getSpanId(), during.get().getSpanId(), "the work ran outside the poll's span");
        assertEquals(2L, span.getAttributes().asMap().entrySet().stream()
                .filter(e -> e.getKey().getKey().equals("messaging.batch.message_count")).findFirst().orElseThrow()
                .getValue());
    }

    @Test
    void aPollOfSeveralTracesLinksEachAndBelongsToNone() {
        SpanContext first = context("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7");
        SpanContext second = context("0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331");
        tracing.around("recognition.case-events", List.of(record(first, 0), record(second, 1), record(first, 2),
                untraced(3)), () -> { });

        SpanData span = exported.getFinishedSpanItems().get(0);
        assertFalse(span.getParentSpanContext().isValid(), "a poll of many traces is not one request's child");
        assertEquals(List.of(first, second), span.getLinks().stream().map(LinkData::getSpanContext).toList());
    }

    @Test
    void aFailingPollIsMarkedAndItsFailurePassesThrough() {
        IllegalStateException failure = new IllegalStateException("database away");
        assertThrows(IllegalStateException.class, () -> tracing.around("registry.model-events",
                List.of(untraced(0)), () -> {
                    throw failure;
                }));
        SpanData span = exported.getFinishedSpanItems().get(0);
        assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
        assertTrue(span.getEvents().stream().anyMatch(e -> e.getName().equals("exception")));
    }

    @Test
    void tracingOffRecordsNothing() {
        AtomicReference<Boolean> ran = new AtomicReference<>(false);
        new PollTracing(true, sdk).around("registry.model-events", List.of(record(
                context("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7"), 0)), () -> ran.set(true));
        assertTrue(ran.get());
        assertEquals(List.of(), exported.getFinishedSpanItems());
    }

    private static SpanContext context(String traceId, String spanId) {
        return SpanContext.createFromRemoteParent(traceId, spanId, TraceFlags.getSampled(), TraceState.getDefault());
    }

    private static ConsumerRecord<String, String> record(SpanContext context, long offset) {
        ConsumerRecord<String, String> record = untraced(offset);
        record.headers().add("traceparent", ("00-" + context.getTraceId() + "-" + context.getSpanId() + "-01")
                .getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static ConsumerRecord<String, String> untraced(long offset) {
        return new ConsumerRecord<>("topic", 0, offset, "key-" + offset, "{}");
    }
}
