package vn.dvk.kit.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.dvk.kit.metrics.KitMeters;
import vn.dvk.testing.TopicProbe;

/** The relay against a real broker and database. Its poll is an hour long: whatever is published was woken. */
@QuarkusTest
class OutboxRelayTest {

    private static final String TOPIC = "kit.test-events";
    private static final String OTHER_TOPIC = "kit.other-events";
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    @Inject
    Outbox outbox;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    OutboxPruning pruning;
    @Inject
    MeterRegistry registry;

    @Test
    void aCommitWakesTheRelayWhichPublishesEachAggregatesEventsInOrderAsCloudEvents() {
        String first = Events.appendFor(outbox, 40);
        String second = Events.appendFor(outbox, 3);

        await().atMost(EVENTUALLY).until(() -> Events.unpublished(first).isEmpty() && Events.unpublished(second).isEmpty());
        List<TopicProbe.Event> events = TopicProbe.all(TOPIC);
        assertEquals(IntStream.rangeClosed(1, 40).boxed().toList(), sequencesOf(events, first));
        assertEquals(List.of(1, 2, 3), sequencesOf(events, second));
        TopicProbe.Event event = events.stream().filter(e -> first.equals(e.key())).findFirst().orElseThrow();
        assertEquals("1.0", event.headers().get("ce_specversion"));
        assertEquals(Events.TYPE, event.type());
        assertEquals("/dvk/kit-test", event.headers().get("ce_source"));
        assertEquals(36, event.headers().get("ce_id").length());
        assertTrue(OffsetDateTime.parse(event.headers().get("ce_time")).isBefore(OffsetDateTime.now().plusSeconds(1)));
    }

    @Test
    void whileAnotherReplicaHoldsThePublisherLockNothingIsPublishedAndItTakesOverWhenReleased() throws Exception {
        double skipped = skippedBatches();
        String key;
        try (Connection otherReplica = dataSource.getConnection();
                PreparedStatement lock = otherReplica.prepareStatement(
                        "select pg_advisory_lock(hashtext('dvk-outbox-relay:/dvk/kit-test'))")) {
            lock.execute(); // held for the session, as long as the other replica publishes
            key = Events.appendFor(outbox, 2);
            await().atMost(EVENTUALLY).until(() -> skippedBatches() > skipped);
            assertEquals(List.of(1, 2), Events.unpublished(key));
            try (PreparedStatement unlock = otherReplica.prepareStatement("select pg_advisory_unlock_all()")) {
                unlock.execute();
            }
        }
        String next = Events.appendFor(outbox, 1); // its commit wakes this replica, which now holds the lock
        await().atMost(EVENTUALLY).until(() -> Events.unpublished(key).isEmpty() && Events.unpublished(next).isEmpty());
        assertEquals(List.of(1, 2), sequencesOf(TopicProbe.all(TOPIC), key));
    }

    @Test
    void publishedRowsPastTheRetentionArePrunedAndUnpublishedOnesNever() {
        String old = Events.appendFor(outbox, 2);
        await().atMost(EVENTUALLY).until(() -> Events.unpublished(old).isEmpty());
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.update(
                "publishedAt = ?1 where partitionKey = ?2", OffsetDateTime.now().minusDays(8), old));
        String recent = Events.appendFor(outbox, 1);
        await().atMost(EVENTUALLY).until(() -> Events.unpublished(recent).isEmpty());

        assertTrue(pruning.prune() >= 2);

        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("partitionKey", old)));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("partitionKey", recent)));
    }

    @Test
    void eventsNamingAFurtherTopicLandThereInOrderAndAnUndeclaredTopicIsRefusedWithNothingWritten() {
        String key = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> IntStream.rangeClosed(1, 5).forEach(n -> outbox.append(
                n % 2 == 0 ? TOPIC : OTHER_TOPIC, Events.TYPE, key, Map.of("key", key, "sequence", n))));
        await().atMost(EVENTUALLY).until(() -> Events.unpublished(key).isEmpty());
        assertEquals(List.of(1, 3, 5), sequencesOf(TopicProbe.all(OTHER_TOPIC), key));
        assertEquals(List.of(2, 4), sequencesOf(TopicProbe.all(TOPIC), key));

        String refused = UUID.randomUUID().toString();
        assertThrows(IllegalArgumentException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.append(Events.TYPE, refused, Map.of("key", refused, "sequence", 1));
            outbox.append("kit.undeclared-events", Events.TYPE, refused, Map.of("key", refused, "sequence", 2));
        }));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("partitionKey", refused)));
    }

    private double skippedBatches() {
        var counter = registry.find(KitMeters.OUTBOX_SKIPPED_BATCHES.name()).counter();
        return counter == null ? 0 : counter.count();
    }

    private static List<Integer> sequencesOf(List<TopicProbe.Event> events, String key) {
        return events.stream().filter(e -> key.equals(e.key())).map(e -> Events.sequenceOf(e.value())).toList();
    }
}
