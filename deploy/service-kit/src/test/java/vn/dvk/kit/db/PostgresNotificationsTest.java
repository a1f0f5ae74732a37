package vn.dvk.kit.db;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dvk.testing.infra.EphemeralPostgres;

/**
 * A listening connection whose server falls silent (a lost node, a partition: nothing is closed, nothing
 * arrives) is noticed by its heartbeat and opened again, and what is committed afterwards is heard; without the
 * heartbeat the listener would stay deaf for as long as TCP keeps the dead connection, which is minutes to hours.
 */
class PostgresNotificationsTest {

    private static final String SU = EphemeralPostgres.SUPERUSER;

    @RegisterExtension
    static final EphemeralPostgres postgres = new EphemeralPostgres();

    @Test
    void aListenerWhoseServerFallsSilentReconnectsAndHearsWhatIsCommittedAfterwards() throws Exception {
        try (SilentProxy proxy = new SilentProxy(postgres.port())) {
            String throughProxy = postgres.jdbcUrl().replaceFirst(":" + postgres.port() + "/",
                    ":" + proxy.port() + "/");
            PostgresNotifications notifications = new PostgresNotifications(throughProxy, Optional.of(SU),
                    Optional.of(SU), () -> Duration.ofSeconds(1));
            AtomicInteger listening = new AtomicInteger();
            List<String> heard = new CopyOnWriteArrayList<>();
            notifications.listen("dvk_test_silence", Duration.ofMillis(100), listening::incrementAndGet, heard::addAll);
            try {
                await().atMost(Duration.ofSeconds(10)).until(() -> listening.get() == 1);
                notifyDirectly("before");
                await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains("before"));

                proxy.silence();
                notifyDirectly("lost while silent"); // sent while nobody can hear it
                // the heartbeat finds the silent connection dead and listens again on a new one
                await().atMost(Duration.ofSeconds(15)).until(() -> listening.get() == 2);
                assertTrue(proxy.accepted() >= 2, "no new connection was opened");
                notifyDirectly("after");
                await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains("after"));
                assertEquals(List.of("before", "after"), heard, "a notification of the silent time cannot arrive; the"
                        + " listener is told it listens again (onListening) to catch up instead");
            } finally {
                notifications.stop(null);
            }
        }
    }

    private static void notifyDirectly(String payload) throws SQLException {
        try (Connection connection = postgres.connect()) {
            connection.createStatement().execute("NOTIFY dvk_test_silence, '" + payload + "'");
        }
    }
}
