package vn.dvk.kit.outbox;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Carries a request's trace through the outbox. When an event is appended, the W3C trace context of the current
 * span (the request's, or that of the consumer reacting to another event) is kept with the row; when the relay
 * publishes the row, a send span continues that trace and its context goes into the record's {@code traceparent}
 * (and {@code tracestate}) header, which SmallRye's Kafka connector in each consuming service reads to continue the
 * trace in its consumer.
 * <p>
 * With tracing off ({@code quarkus.otel.sdk.disabled}, the default) nothing is captured, the rows' columns stay null
 * and the relay sends exactly what it sent before. (Checked against the configuration rather than the current span:
 * with the SDK off, SmallRye's connector still gives each incoming record a span, which would otherwise be stored.)
 */
@ApplicationScoped
class OutboxTracing {

    static final String TRACEPARENT = "traceparent";
    static final String TRACESTATE = "tracestate";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private final boolean enabled;
    private final Tracer tracer;
    private final Clock clock;

    OutboxTracing(@ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false") boolean sdkDisabled,
            OpenTelemetry openTelemetry, Clock clock) {
        this.enabled = !sdkDisabled;
        this.clock = clock;
        this.tracer = openTelemetry.getTracer("vn.dvk.kit.outbox");
    }

    /** Keeps the current span's trace context with the row; nothing while tracing is off or outside any span. */
    void capture(OutboxMessage row) {
        if (enabled) {
            W3C.inject(Context.current(), row, ROW);
        }
    }

    /**
     * Puts the row's trace into the record's headers. While tracing is on, a send span continues it, and is
     * returned to be ended once the broker has answered (see {@link #ended}); while off, a context stored earlier is
     * passed on as it is. A row without a trace gets nothing.
     */
    Span sending(OutboxMessage row, ProducerRecord<String, String> record) {
        if (row.traceparent == null) {
            return null;
        }
        if (!enabled) {
            put(record.headers(), TRACEPARENT, row.traceparent);
            if (row.tracestate != null) {
                put(record.headers(), TRACESTATE, row.tracestate);
            }
            return null;
        }
        Context appended = W3C.extract(Context.root(), row, ROW);
        Span span = tracer.spanBuilder("send " + record.topic())
                .setParent(appended)
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.operation.name", "send")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.kafka.message.key", row.partitionKey)
                .setAttribute("cloudevents.event_id", row.eventId.toString())
                .setAttribute("cloudevents.event_type", row.eventType)
                // how long the event waited in the outbox: the relay's delay, or a Kafka outage
                .setAttribute("dvk.outbox.waited_ms", Duration.between(row.occurredAt.toInstant(), clock.instant()).toMillis())
                .startSpan();
        W3C.inject(appended.with(span), record.headers(), HEADERS);
        return span;
    }

    /** Ends a span {@link #sending} returned: acknowledged, or failed with the reason. */
    static void ended(Span span, Throwable failure) {
        if (span == null) {
            return;
        }
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, failure.getMessage());
        }
        span.end();
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static final TextMapSetter<Headers> HEADERS = OutboxTracing::put;

    /** The row's two columns as the propagator's carrier, both ways. */
    private static final RowCarrier ROW = new RowCarrier();

    private static final class RowCarrier implements TextMapSetter<OutboxMessage>, TextMapGetter<OutboxMessage> {

        @Override
        public void set(OutboxMessage row, String key, String value) {
            if (row == null) {
                return;
            }
            if (TRACEPARENT.equals(key)) {
                row.traceparent = value;
            } else if (TRACESTATE.equals(key)) {
                row.tracestate = value;
            }
        }

        @Override
        public Iterable<String> keys(OutboxMessage row) {
            return List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(OutboxMessage row, String key) {
            if (row == null) {
                return null;
            }
            return TRACEPARENT.equals(key) ? row.traceparent : TRACESTATE.equals(key) ? row.tracestate : null;
        }
    }
}
