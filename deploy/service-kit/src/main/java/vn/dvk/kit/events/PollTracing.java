package vn.dvk.kit.events;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Traces a poll applied together (the reporting's batch channels): SmallRye's connector gives each record its receive
 * span but runs the batch's handler in no trace. The poll's work runs in a {@code process <topic>} span that
 * continues the records' trace when they all share one (one request's events, the common case), and otherwise
 * starts its own and links every trace the poll carries, as OpenTelemetry's messaging conventions do for batches.
 * With tracing off ({@code quarkus.otel.sdk.disabled}, the default) the work just runs.
 */
@ApplicationScoped
class PollTracing {

    /** A poll of many requests' events links at most this many of their traces. */
    static final int MAX_LINKS = 128;

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private final boolean enabled;
    private final Tracer tracer;

    PollTracing(@ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false") boolean sdkDisabled,
            OpenTelemetry openTelemetry) {
        this.enabled = !sdkDisabled;
        this.tracer = openTelemetry.getTracer("vn.dvk.kit.events");
    }

    /** Runs the poll's work in its span (or, tracing off, as it is). */
    void around(String topic, List<ConsumerRecord<String, String>> records, Runnable work) {
        if (!enabled) {
            work.run();
            return;
        }
        Map<String, SpanContext> traces = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            SpanContext context = Span.fromContext(W3C.extract(Context.root(), record.headers(), HEADERS))
                    .getSpanContext();
            if (context.isValid() && traces.size() < MAX_LINKS) {
                traces.putIfAbsent(context.getTraceId(), context);
            }
        }
        SpanBuilder builder = tracer.spanBuilder("process " + topic).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.batch.message_count", (long) records.size());
        if (traces.size() == 1) {
            builder.setParent(Context.root().with(Span.wrap(traces.values().iterator().next())));
        } else {
            builder.setNoParent();
            traces.values().forEach(builder::addLink);
        }
        Span span = builder.startSpan();
        try (Scope scope = span.makeCurrent()) {
            work.run();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }
}
