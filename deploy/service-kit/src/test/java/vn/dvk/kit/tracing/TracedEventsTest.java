package vn.dvk.kit.tracing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.dvk.kit.outbox.OutboxMessage;
import vn.dvk.testing.TopicProbe;

/**
 * With tracing on, a request's trace goes with its event: kept in the outbox row, continued by the relay's send
 * span into the record's {@code traceparent} header, and from there into the consumers, with the trace id in the
 * JSON log lines of both ends. Real broker, real database; spans read from memory ({@link RecordedSpans}).
 */
@QuarkusTest
@TestProfile(TracingProfile.class)
class TracedEventsTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    InMemorySpanExporter exported;

    @Test
    void aRequestsTraceIsKeptWithItsEventAndTheRecordCarriesItOnInItsTraceparent() {
        CallerTrace caller = CallerTrace.random();
        String key = append(caller, SingleRecordConsumer.TOPIC, given());

        SpanData request = awaitSpan(caller.traceId(), SpanKind.SERVER, span -> true);
        assertEquals(caller.spanId(), request.getParentSpanId());
        OutboxMessage row = row(key);
        assertEquals("00-" + caller.traceId() + "-" + request.getSpanId() + "-01", row.traceparent);
        assertNull(row.tracestate);

        String traceparent = header(key, SingleRecordConsumer.TOPIC, "traceparent");
        assertEquals(caller.traceId(), CallerTrace.traceIdOf(traceparent));
        // the relay's send span, a child of the request's, is the parent the consumers see
        SpanData send = awaitSpan(caller.traceId(), SpanKind.PRODUCER,
                span -> span.getSpanId().equals(CallerTrace.spanIdOf(traceparent)));
        assertEquals(request.getSpanId(), send.getParentSpanId());
        assertEquals("send " + SingleRecordConsumer.TOPIC, send.getName());
    }

    @Test
    void aTracestateGoesAlongWithItsTrace() {
        CallerTrace caller = CallerTrace.random();
        String key = append(caller, SingleRecordConsumer.TOPIC, given().header("tracestate", "dvk=gateway"));

        assertEquals("dvk=gateway", row(key).tracestate);
        assertEquals("dvk=gateway", header(key, SingleRecordConsumer.TOPIC, "tracestate"));
    }

    @Test
    void aConsumerTakingOneRecordAtATimeContinuesTheTraceInItsHandlerAndItsLogLines() {
        CallerTrace caller = CallerTrace.random();
        String key = append(caller, SingleRecordConsumer.TOPIC, given());

        await().atMost(EVENTUALLY).until(() -> Handled.traceOf(key).isPresent());
        assertEquals(caller.traceId(), Handled.traceOf(key).orElseThrow());
        SpanData send = awaitSpan(caller.traceId(), SpanKind.PRODUCER, span -> true);
        SpanData receive = awaitSpan(caller.traceId(), SpanKind.CONSUMER,
                span -> span.getParentSpanId().equals(send.getSpanId()));
        assertEquals(SingleRecordConsumer.TOPIC + " receive", receive.getName());

        // the trace id in the JSON log lines, where the request appended the event and where the handler applied it
        assertEquals(caller.traceId(), logLine("Appending a traced event for " + key).path("mdc").path("traceId").asText());
        JsonNode applied = logLine("Applied traced event " + key);
        assertEquals(caller.traceId(), applied.path("mdc").path("traceId").asText());
        assertEquals(receive.getSpanId(), applied.path("mdc").path("spanId").asText());
    }

    /**
     * SmallRye's connector (4.31) gives each record of a poll its receive span in the record's trace but runs the
     * batch's handler in none; the kit's PollTracing runs the poll's work in a process span that continues the
     * records' trace (here one request's), so the handler and its log lines belong to the request's trace.
     */
    @Test
    void aConsumerTakingAPollAtATimeAppliesItInTheRequestsTrace() {
        CallerTrace caller = CallerTrace.random();
        String key = append(caller, BatchConsumer.TOPIC, given());

        SpanData send = awaitSpan(caller.traceId(), SpanKind.PRODUCER, span -> true);
        SpanData receive = awaitSpan(caller.traceId(), SpanKind.CONSUMER,
                span -> span.getParentSpanId().equals(send.getSpanId()) && span.getName().endsWith(" receive"));
        assertEquals(BatchConsumer.TOPIC + " receive", receive.getName());
        SpanData process = awaitSpan(caller.traceId(), SpanKind.CONSUMER,
                span -> span.getName().equals("process " + BatchConsumer.TOPIC));
        assertEquals(send.getSpanId(), process.getParentSpanId());
        await().atMost(EVENTUALLY).until(() -> Handled.traceOf(key).isPresent());
        assertEquals(caller.traceId(), Handled.traceOf(key).orElseThrow());
    }

    @Test
    void theConsoleWritesJsonWhenTheEnvironmentAsksForIt() throws IOException {
        JsonNode line = JSON.readTree(ConsoleLog.sampleLine());
        assertEquals("what a line looks like", line.path("message").asText());
        assertEquals("INFO", line.path("level").asText());
    }

    /** Posts the request with the caller's trace; returns the aggregate key of the event it appended. */
    private static String append(CallerTrace caller, String topic, RequestSpecification request) {
        String key = UUID.randomUUID().toString();
        request.header("traceparent", caller.traceparent())
                .post("/test/traced/" + topic + "/" + key).then().statusCode(200);
        return key;
    }

    private static OutboxMessage row(String key) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find("partitionKey", key)
                .singleResult());
    }

    private static String header(String key, String topic, String name) {
        return TopicProbe.await(topic, event -> key.equals(event.key()), EVENTUALLY).headers().get(name);
    }

    private SpanData awaitSpan(String traceId, SpanKind kind, Predicate<SpanData> match) {
        return await().atMost(EVENTUALLY).until(() -> RecordedSpans.of(exported, traceId).stream()
                        .filter(span -> span.getKind() == kind && match.test(span)).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /** The JSON log line with exactly this message, once it is written. */
    private static JsonNode logLine(String message) {
        return await().atMost(EVENTUALLY).until(() -> jsonLines()
                .filter(line -> message.equals(line.path("message").asText())).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    private static java.util.stream.Stream<JsonNode> jsonLines() {
        try {
            return Files.readAllLines(TracingProfile.JSON_LOG).stream().map(line -> {
                try {
                    return JSON.readTree(line);
                } catch (IOException e) {
                    throw new AssertionError("Not a JSON log line: " + line, e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
