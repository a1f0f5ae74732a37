package vn.dvk.reporting.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/** What the dashboards' streams hear when a batch of events moved the figures of many organisations at once. */
@QuarkusTest
class FigureChangesTest {

    @Inject
    FigureChanges changes;

    @Inject
    LiveSchema live;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aChangeOfMoreNodesThanOneNotificationHoldsIsToldInFull() throws Exception {
        List<String> nodes = IntStream.range(0, 2_000).mapToObj(i -> "unit-" + i + "-of-a-large-province").toList();
        try (Connection listener = dataSource.getConnection(); Statement sql = listener.createStatement()) {
            sql.execute("listen " + FigureChanges.CHANNEL);

            QuarkusTransaction.requiringNew().run(() -> changes.changed(live.schema(), "c-large", nodes));

            Set<String> told = new TreeSet<>();
            List<String> payloads = new ArrayList<>();
            PGConnection notifications = listener.unwrap(PGConnection.class);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (told.size() < nodes.size() && System.nanoTime() < deadline) {
                PGNotification[] received = notifications.getNotifications(500);
                for (PGNotification notification : received == null ? new PGNotification[0] : received) {
                    payloads.add(notification.getParameter());
                    String[] campaignAndNodes = notification.getParameter().split("\\|", 2);
                    assertEquals("c-large", campaignAndNodes[0]);
                    told.addAll(List.of(campaignAndNodes[1].split(",")));
                }
            }
            assertEquals(new TreeSet<>(nodes), told);
            // 2,000 ids of 26 to 29 characters with their commas, packed up to 7,000 characters a payload
            assertEquals(9, payloads.size(), "one payload would exceed PostgreSQL's 8,000 bytes");
            assertTrue(payloads.stream().allMatch(p -> p.length() < 8_000), "every payload fits");
        }
    }
}
