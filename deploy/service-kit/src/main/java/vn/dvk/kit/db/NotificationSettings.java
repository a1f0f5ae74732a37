package vn.dvk.kit.db;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a listening connection notices that its server fell silent. */
@ConfigMapping(prefix = "dvk.notifications")
public interface NotificationSettings {

    /** How often the listener asks the server something, and how long it waits for the answer. */
    @WithDefault("10s")
    Duration heartbeat();
}
