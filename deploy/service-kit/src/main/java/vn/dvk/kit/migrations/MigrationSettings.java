package vn.dvk.kit.migrations;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Which of the kit's tables a service keeps. */
@ConfigMapping(prefix = "dvk.migrations")
public interface MigrationSettings {

    /** The kit modules whose migrations run with the service's, e.g. {@code outbox,inbox}. */
    Optional<List<KitModule>> kitModules();
}
