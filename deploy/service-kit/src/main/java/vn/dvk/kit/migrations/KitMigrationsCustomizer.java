package vn.dvk.kit.migrations;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Adds the kit's migrations (the modules named in {@code dvk.migrations.kit-modules}) to the service's Flyway. */
@Singleton
public class KitMigrationsCustomizer implements FlywayConfigurationCustomizer {

    private final MigrationSettings settings;

    KitMigrationsCustomizer(MigrationSettings settings) {
        this.settings = settings;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        Callback kit = new KitMigrations(settings.kitModules().orElse(List.of()));
        configuration.callbacks(Stream.concat(Arrays.stream(configuration.getCallbacks()), Stream.of(kit))
                .toArray(Callback[]::new));
    }
}
