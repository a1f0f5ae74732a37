package vn.dvk.kit.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Tells the relays that events were committed, once the transaction that appended them has committed: this
 * replica's relay at once, in the JVM, and every replica's (whichever holds the publisher lock) by a notification
 * on the outbox channel, sent from a thread of its own.
 * <p>
 * Not by a {@code NOTIFY} in the appending transaction: PostgreSQL holds a database-wide lock from a notifying
 * transaction's pre-commit to the end of its commit, WAL flush included, so every such commit waited for the one
 * before it and none could share a flush. pgbench on the suite's PostgreSQL (17, 8 clients): a draft's INSERT and
 * its outbox row, 1,209-1,396 transactions a second; with the {@code pg_notify} in the transaction, 516-581. The
 * notification alone, in its own transaction, writes nothing to the WAL and waits for no flush. Requests for it
 * that come while one is being sent are served by the next one. Should the process stop between a commit and its
 * notification, the relays' poll ({@code dvk.outbox.poll-interval}) publishes the events, as it does for a
 * notification missed while a listening connection was down.
 */
@ApplicationScoped
class OutboxCommits {

    private static final Logger LOG = Logger.getLogger(OutboxCommits.class);

    private final Instance<OutboxRelay> relay;
    private final AgroalDataSource dataSource;
    private final String channel;
    private final Semaphore requested = new Semaphore(0);
    private volatile boolean stopping;
    private Thread notifier;

    OutboxCommits(Instance<OutboxRelay> relay, AgroalDataSource dataSource,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.relay = relay;
        this.dataSource = dataSource;
        this.channel = Outbox.channelOf(applicationName);
    }

    /** A transaction that appended events has committed (called after its commit, on the committing thread). */
    void committed() {
        if (relay.isResolvable()) {
            relay.get().wake();
        }
        synchronized (this) {
            if (notifier == null) {
                notifier = new Thread(this::notifyWhileRequested, "dvk-outbox-notify");
                notifier.setDaemon(true);
                notifier.start();
            }
        }
        if (requested.availablePermits() == 0) {
            requested.release();
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
        requested.release();
    }

    private void notifyWhileRequested() {
        while (!stopping) {
            try {
                if (!requested.tryAcquire(1, TimeUnit.MINUTES)) {
                    continue;
                }
                requested.drainPermits();
                if (!stopping) {
                    notifyRelays();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void notifyRelays() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement notify = connection.prepareStatement("select pg_notify(?, '')")) {
            notify.setString(1, channel);
            notify.execute();
        } catch (SQLException e) {
            // the database away: the relays' poll publishes what was committed
            LOG.debugf("The outbox notification was not sent: %s", e.getMessage());
        }
    }
}
