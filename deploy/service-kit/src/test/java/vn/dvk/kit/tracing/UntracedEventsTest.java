package vn.dvk.kit.tracing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.kit.outbox.OutboxMessage;
import vn.dvk.testing.TopicProbe;

/**
 * The default, as in dev, tests and the local launcher: tracing off, readable logs. A caller's trace context is
 * ignored, nothing is stored or sent for it, and events flow as before.
 */
@QuarkusTest
class UntracedEventsTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    @Inject
    InMemorySpanExporter exported;

    @Test
    void withTracingOffNoTraceIsStoredOrSentAndTheEventIsStillApplied() {
        CallerTrace caller = CallerTrace.random();
        String key = UUID.randomUUID().toString();
        given().header("traceparent", caller.traceparent()).header("tracestate", "dvk=gateway")
                .post("/test/traced/" + SingleRecordConsumer.TOPIC + "/" + key).then().statusCode(200);

        OutboxMessage row = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find(
                "partitionKey", key).singleResult());
        assertNull(row.traceparent);
        assertNull(row.tracestate);
        TopicProbe.Event record = TopicProbe.await(SingleRecordConsumer.TOPIC, e -> key.equals(e.key()), EVENTUALLY);
        assertFalse(record.headers().containsKey("traceparent"), record.headers().toString());
        assertFalse(record.headers().containsKey("tracestate"), record.headers().toString());
        await().atMost(EVENTUALLY).until(() -> Handled.traceOf(key).isPresent());
        assertTrue(exported.getFinishedSpanItems().isEmpty(), "no span is exported while the SDK is off");
    }

    @Test
    void logLinesAreReadableTextNotJsonByDefault() {
        String line = ConsoleLog.sampleLine();
        assertTrue(line.contains("what a line looks like"), line);
        assertFalse(line.stripLeading().startsWith("{"), "the console writes JSON: " + line);
    }
}
