package vn.dvk.kit.outbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The other replicas hear of a commit that appended events by a notification on the outbox channel, sent after the
 * commit rather than within the transaction (whose commit it would serialise with every other notifying one).
 */
@QuarkusTest
class OutboxCommitsTest {

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCommitThatAppendedEventsIsAnnouncedToEveryReplica() throws Exception {
        try (Connection otherReplica = dataSource.getConnection(); Statement sql = otherReplica.createStatement()) {
            sql.execute("listen " + Outbox.channelOf("kit-test"));
            PGConnection notifications = otherReplica.unwrap(PGConnection.class);

            QuarkusTransaction.requiringNew().run(() -> outbox.append(Events.TYPE, UUID.randomUUID().toString(),
                    "committed"));

            long deadline = System.nanoTime() + 30_000_000_000L;
            int heard = 0;
            while (heard == 0 && System.nanoTime() < deadline) {
                heard = received(notifications, 500);
            }
            assertTrue(heard > 0, "the commit was announced on the outbox channel");
        }
    }

    private static int received(PGConnection notifications, int waitMillis) throws Exception {
        PGNotification[] received = notifications.getNotifications(waitMillis);
        return received == null ? 0 : received.length;
    }
}
