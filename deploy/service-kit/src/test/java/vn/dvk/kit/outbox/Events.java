package vn.dvk.kit.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/** Test events appended to the outbox the way a service does, in one committed transaction. */
final class Events {

    static final String TYPE = "dvk.kit.test.happened.v1";

    private Events() {
    }

    /** Appends events #1..#count of a new aggregate; returns its key. */
    static String appendFor(Outbox outbox, int count) {
        String key = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> IntStream.rangeClosed(1, count)
                .forEach(n -> outbox.append(TYPE, key, Map.of("key", key, "sequence", n))));
        return key;
    }

    /** The sequences of the aggregate's rows still unpublished, in order. */
    static List<Integer> unpublished(String key) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list(
                        "partitionKey = ?1 and publishedAt is null order by id", key).stream()
                .map(Events::sequenceOf).toList());
    }

    static int sequenceOf(OutboxMessage row) {
        return Integer.parseInt(row.payload.replaceAll(".*\"sequence\":(\\d+).*", "$1"));
    }

    static int sequenceOf(String payload) {
        return Integer.parseInt(payload.replaceAll(".*\"sequence\":(\\d+).*", "$1"));
    }
}
