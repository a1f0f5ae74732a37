package vn.dvk.kit.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dvk.kit.migrations.KitModule.INBOX;
import static vn.dvk.kit.migrations.KitModule.OUTBOX;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dvk.testing.infra.EphemeralPostgres;

/**
 * The kit's modules migrate in histories of their own, before the service's scripts, and a schema whose history
 * still holds the kit's scripts (as every service's did before) hands them over without running any again.
 */
class KitMigrationsTest {

    private static final String SU = EphemeralPostgres.SUPERUSER;
    private static final String SERVICE_SCRIPTS = "classpath:db/service-using-the-inbox";
    private static int schemas;

    @RegisterExtension
    static final EphemeralPostgres postgres = new EphemeralPostgres();

    private final String schema = "kit_migrations_" + ++schemas;

    @Test
    void aNewSchemaGetsEachModuleInItsOwnHistoryBeforeTheServicesScripts() throws SQLException {
        service(OUTBOX, INBOX).migrate();

        assertEquals(List.of("V1__reads_the_inbox.sql"), applied("flyway_schema_history"));
        assertEquals(OUTBOX.scripts(), applied(OUTBOX.historyTable()));
        assertEquals(INBOX.scripts(), applied(INBOX.historyTable()));
        // the service's script filled a kit table: the kit's ran first
        assertEquals(List.of("thing-1"), column("select aggregate_key from " + schema + ".consumed_sequence"));

        assertEquals(0, service(OUTBOX, INBOX).migrate().migrationsExecuted, "nothing is run twice");
        service(OUTBOX, INBOX).validate();
    }

    @Test
    void aModuleTheServiceDoesNotNameKeepsNoTables() throws SQLException {
        service(INBOX).migrate();

        assertEquals(List.of(), column("select table_name::text from information_schema.tables where table_schema = '"
                + schema + "' and table_name in ('outbox_message', '" + OUTBOX.historyTable() + "')"));
    }

    @Test
    void theKitsRowsInTheServicesHistoryAreHandedOverAndNotRunAgain() throws SQLException {
        legacy("1.3").migrate(); // outbox 0.1 and 1.3, inbox 1.1 and 1.2, all in the service's history
        // named as Quarkus's Flyway recorded them in every service: with the folder they were in
        execute("update " + schema + ".flyway_schema_history set script = case when script like '%outbox%' "
                + "then 'db/outbox/' else 'db/inbox/' end || script where version is not null");
        execute("insert into " + schema + ".outbox_message (event_id, event_type, partition_key, payload, occurred_at) "
                + "values (gen_random_uuid(), 't', 'a-1', '{}', now())");

        service(OUTBOX, INBOX).migrate();

        assertEquals(List.of("V1__reads_the_inbox.sql"), applied("flyway_schema_history"));
        assertEquals(List.of("1.3"), baselines(OUTBOX.historyTable()));
        assertEquals(List.of("V4_1__outbox_topic.sql", "V10_1__outbox_trace_context.sql"),
                applied(OUTBOX.historyTable()), "only the scripts newer than those handed over run");
        assertEquals(List.of("1.2"), baselines(INBOX.historyTable()));
        assertEquals(List.of(), applied(INBOX.historyTable()));
        assertEquals(List.of("a-1|null"), column("select partition_key || '|' || coalesce(topic, 'null') from "
                + schema + ".outbox_message"), "the row written before is kept, with the column added since");
    }

    @Test
    void aHandOverInterruptedAfterTheBaselineIsFinishedAtTheNextStart() throws SQLException {
        legacy(null).migrate();
        // the module's history was started, then the process died before the rows left the service's history
        new ModuleMigrations(OUTBOX, service(OUTBOX).getConfiguration()).baselineAt("10.1");

        service(OUTBOX, INBOX).migrate();

        assertEquals(List.of("V1__reads_the_inbox.sql"), applied("flyway_schema_history"));
        assertEquals(List.of("10.1"), baselines(OUTBOX.historyTable()));
        assertEquals(List.of("1.2"), baselines(INBOX.historyTable()));
    }

    @Test
    void replicasStartingTogetherHandOverOnce() throws Exception {
        legacy(null).migrate();
        CountDownLatch ready = new CountDownLatch(2);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Void>> starts = Stream.of(1, 2).map(replica -> CompletableFuture.runAsync(() -> {
                Flyway flyway = service(OUTBOX, INBOX);
                ready.countDown();
                await(ready);
                flyway.migrate();
            }, replicas)).toList();
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            replicas.shutdownNow();
        }

        assertEquals(List.of("10.1"), baselines(OUTBOX.historyTable()));
        assertEquals(List.of("1.2"), baselines(INBOX.historyTable()));
        assertEquals(List.of("V1__reads_the_inbox.sql"), applied("flyway_schema_history"));
    }

    /** The service's Flyway as the kit's customizer leaves it: its own scripts, the named modules as callbacks. */
    private Flyway service(KitModule... modules) {
        return Flyway.configure().dataSource(postgres.jdbcUrl(), SU, SU).schemas(schema)
                .locations(SERVICE_SCRIPTS).callbacks(new KitMigrations(List.of(modules))).load();
    }

    /** The service's Flyway as it was: the outbox's and the inbox's scripts in the service's own history. */
    private Flyway legacy(String target) {
        ClassLoader classLoader = getClass().getClassLoader();
        ResourceProvider both = new ResourceProvider() {
            private final List<ListedScripts> modules = List.of(new ListedScripts(OUTBOX, classLoader),
                    new ListedScripts(INBOX, classLoader));

            @Override
            public LoadableResource getResource(String name) {
                return modules.stream().map(m -> m.getResource(name)).filter(r -> r != null).findFirst().orElse(null);
            }

            @Override
            public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
                return modules.stream().flatMap(m -> m.getResources(prefix, suffixes).stream()).toList();
            }
        };
        var configuration = Flyway.configure().dataSource(postgres.jdbcUrl(), SU, SU).schemas(schema)
                .resourceProvider(both);
        return (target == null ? configuration : configuration.target(target)).load();
    }

    private List<String> applied(String history) throws SQLException {
        return column("select script from " + schema + "." + history + " where type = 'SQL' and success "
                + "order by installed_rank");
    }

    private List<String> baselines(String history) throws SQLException {
        return column("select version from " + schema + "." + history + " where type = 'BASELINE'");
    }

    private List<String> column(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = postgres.connect(); Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private void execute(String statement) throws SQLException {
        try (Connection connection = postgres.connect(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
