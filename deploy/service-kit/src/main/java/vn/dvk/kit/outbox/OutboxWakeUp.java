package vn.dvk.kit.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dvk.kit.db.PostgresNotifications;

/**
 * Wakes the relay on the notification {@link OutboxCommits} sends once a transaction that appended events has
 * committed. Every replica listens, so whichever holds the publisher lock hears of events
 * committed on any of them; while the connection is down the relay's poll carries on, and reconnecting wakes it
 * for whatever was committed meanwhile.
 */
@ApplicationScoped
@IfBuildProperty(name = "dvk.outbox.enabled", stringValue = "true", enableIfMissing = true)
class OutboxWakeUp {

    private final OutboxRelay relay;
    private final OutboxSettings settings;
    private final PostgresNotifications notifications;
    private final String channel;

    OutboxWakeUp(OutboxRelay relay, OutboxSettings settings, PostgresNotifications notifications,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.relay = relay;
        this.settings = settings;
        this.notifications = notifications;
        this.channel = Outbox.channelOf(applicationName);
    }

    void start(@Observes StartupEvent start) {
        // one reconnect attempt per poll interval is plenty: the poll covers the gap
        notifications.listen(channel, settings.pollInterval(), relay::wake, payloads -> relay.wake());
    }
}
