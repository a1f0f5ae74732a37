package vn.dvk.kit.migrations;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * Flyway for one kit module in one service's schema: the service's connection, schema and placeholders, the
 * module's scripts and its own history table.
 */
final class ModuleMigrations {

    /**
     * What a module's history starts from when it is created in a schema that already holds the service's tables:
     * nothing of the module applied (its first script is 0.1). Flyway otherwise refuses to start a history in a
     * schema that is not empty.
     */
    static final String NOTHING_APPLIED = "0";

    private final KitModule module;
    private final Configuration service;
    private final String schema;

    ModuleMigrations(KitModule module, Configuration service) {
        this.module = module;
        this.service = service;
        this.schema = schemaOf(service);
    }

    static String schemaOf(Configuration service) {
        if (service.getDefaultSchema() != null) {
            return service.getDefaultSchema();
        }
        if (service.getSchemas().length == 0) {
            throw new IllegalStateException("The kit's migrations need the service's schema (quarkus.flyway.schemas)");
        }
        return service.getSchemas()[0];
    }

    KitModule module() {
        return module;
    }

    String schema() {
        return schema;
    }

    /** Applies the module's scripts not applied yet. */
    void migrate() {
        flyway(NOTHING_APPLIED).migrate();
    }

    /** Starts the module's history as if its scripts up to {@code version} had run here. */
    void baselineAt(String version) {
        flyway(version).baseline();
    }

    private Flyway flyway(String baselineVersion) {
        return Flyway.configure(service.getClassLoader())
                .dataSource(service.getDataSource())
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(false)
                .table(module.historyTable())
                .resourceProvider(new ListedScripts(module, service.getClassLoader()))
                .locations(module.folder())
                .placeholders(service.getPlaceholders())
                .baselineOnMigrate(true)
                .baselineVersion(baselineVersion)
                .baselineDescription(baselineVersion.equals(NOTHING_APPLIED) ? "<< kit module added >>"
                        : "<< handed over from " + service.getTable() + " >>")
                .outOfOrder(false)
                .load();
    }
}
