package vn.dvk.kit.db;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens to PostgreSQL notification channels, each on a connection of its own. PostgreSQL delivers a
 * {@code NOTIFY} when (and only if) its transaction commits, to every listener, so each replica hears what any of
 * them committed. When a connection drops it is opened again; whoever listens is told each time listening
 * (re)starts, since notifications sent meanwhile are lost.
 * <p>
 * A listening connection only reads, so a server that vanished without closing it (its node lost, a network
 * partition, a failover that leaves the old primary unreachable) would leave it waiting forever, deaf to the new
 * primary. Every {@code heartbeat} it therefore asks the server something, with a socket timeout of the same
 * length: no answer in time, and the connection is dropped and opened again (to wherever the address now leads).
 */
@ApplicationScoped
public class PostgresNotifications {

    private static final Logger LOG = Logger.getLogger(PostgresNotifications.class);
    private static final int LISTEN_TIMEOUT_MILLIS = 1_000;

    private final String url;
    private final Properties connectionProperties = new Properties();
    private final Duration heartbeat;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;

    PostgresNotifications(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            NotificationSettings settings) {
        this.url = url;
        this.heartbeat = settings.heartbeat();
        user.ifPresent(u -> connectionProperties.setProperty("user", u));
        password.ifPresent(p -> connectionProperties.setProperty("password", p));
        // a read that gets no answer within the heartbeat fails, instead of waiting for TCP to give up (minutes)
        connectionProperties.setProperty("socketTimeout", Long.toString(Math.max(1, heartbeat.toSeconds())));
        connectionProperties.setProperty("tcpKeepAlive", "true");
    }

    /**
     * Listens on the channel until the application stops, on a daemon thread of its own.
     *
     * @param channel a channel name (letters, digits and underscores)
     * @param reconnectPause how long to wait before opening a dropped connection again
     * @param onListening called each time listening starts, for what was committed while nobody listened
     * @param onNotified called with the payloads of the notifications received together
     */
    public void listen(String channel, Duration reconnectPause, Runnable onListening, Consumer<List<String>> onNotified) {
        if (!channel.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Not a channel name: " + channel);
        }
        Thread thread = new Thread(() -> run(channel, reconnectPause, onListening, onNotified), "dvk-listen-" + channel);
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
        stopped.countDown();
    }

    private void run(String channel, Duration reconnectPause, Runnable onListening, Consumer<List<String>> onNotified) {
        boolean warned = false;
        while (!stopping) {
            try (Connection connection = DriverManager.getConnection(url, connectionProperties);
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + channel);
                warned = false;
                onListening.run();
                PGConnection notifications = connection.unwrap(PGConnection.class);
                long nextHeartbeat = System.nanoTime() + heartbeat.toNanos();
                while (!stopping) {
                    PGNotification[] received = notifications.getNotifications(LISTEN_TIMEOUT_MILLIS);
                    if (received != null && received.length > 0) {
                        onNotified.accept(Arrays.stream(received).map(PGNotification::getParameter).toList());
                    }
                    if (System.nanoTime() - nextHeartbeat >= 0) {
                        statement.execute("SELECT 1"); // no answer within the socket timeout: SQLException
                        nextHeartbeat = System.nanoTime() + heartbeat.toNanos();
                    }
                }
            } catch (SQLException e) {
                if (!warned) {
                    LOG.warnf("Not listening on %s (retrying every %s): %s", channel, reconnectPause, e.getMessage());
                    warned = true;
                }
                pause(reconnectPause);
            }
        }
    }

    /** Shutdown cuts the wait short. */
    private void pause(Duration pause) {
        try {
            stopped.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }
}
