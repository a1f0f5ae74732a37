package vn.dvk.kit.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on a connection of its own for the notification {@link Outbox#append} sends with every event, which
 * PostgreSQL delivers when the transaction commits, and wakes the relay. Every replica listens, so whichever
 * holds the publisher lock hears of events committed on any of them. When the connection drops it is opened
 * again; meanwhile the relay's poll carries on.
 */
@ApplicationScoped
@IfBuildProperty(name = "dvk.outbox.enabled", stringValue = "true", enableIfMissing = true)
class OutboxWakeUp {

    private static final Logger LOG = Logger.getLogger(OutboxWakeUp.class);
    private static final int LISTEN_TIMEOUT_MILLIS = 1_000;

    private final OutboxRelay relay;
    private final OutboxSettings settings;
    private final String url;
    private final String user;
    private final String password;
    private final String channel;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;

    OutboxWakeUp(OutboxRelay relay, OutboxSettings settings,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.relay = relay;
        this.settings = settings;
        this.url = url;
        this.user = user.orElse(null);
        this.password = password.orElse(null);
        this.channel = Outbox.channelOf(applicationName);
    }

    void start(@Observes StartupEvent start) {
        Thread thread = new Thread(this::listen, "dvk-outbox-wake-up");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
        stopped.countDown();
    }

    private void listen() {
        boolean warned = false;
        while (!stopping) {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + channel);
                warned = false;
                relay.wake(); // whatever was committed while nobody listened
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (!stopping) {
                    PGNotification[] received = notifications.getNotifications(LISTEN_TIMEOUT_MILLIS);
                    if (received != null && received.length > 0) {
                        relay.wake();
                    }
                }
            } catch (SQLException e) {
                if (!warned) {
                    LOG.warnf("Not listening for outbox commits (the relay polls every %s meanwhile): %s",
                            settings.pollInterval(), e.getMessage());
                    warned = true;
                }
                pause();
            }
        }
    }

    /** One reconnect attempt per poll interval is plenty; shutdown cuts the wait short. */
    private void pause() {
        try {
            stopped.await(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }
}
