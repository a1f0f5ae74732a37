package vn.dvk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.suite.PostgresInstance;
import vn.dvk.testing.suite.RestartableSuite;

/**
 * Looks at the reporting service from outside while it works: events its inbox took in (its metrics), its
 * consumer group's lag, what its database spent time on (pg_stat_statements) and the CPU each process used.
 */
final class ReportingProbe implements AutoCloseable {

    static final List<String> TOPICS = List.of(DemoEvents.MODEL_EVENTS, DemoEvents.CASE_EVENTS,
            DemoEvents.CAMPAIGN_EVENTS);
    private static final String GROUP = "reporting-service";
    private static final Pattern EVENTS = Pattern.compile(
            "^dvk_consumer_events_total\\{([^}]*)\\} ([0-9.eE+-]+)$", Pattern.MULTILINE);
    private static final Pattern OUTCOME = Pattern.compile("outcome=\"([a-z_]+)\"");

    private final RestartableSuite suite;
    private final BenchHttp reporting;
    private final Admin admin;
    private boolean statements;

    ReportingProbe(RestartableSuite suite) {
        this.suite = suite;
        this.reporting = new BenchHttp(suite.replicas(RestartableSuite.REPORTING).get(0).url());
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafka().bootstrapServers()));
    }

    /** Events reporting's inbox counted since it started, by outcome (applied, duplicate, parked, dead_lettered). */
    Map<String, Long> events() {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        Matcher line = EVENTS.matcher(reporting.get("/q/metrics", null));
        while (line.find()) {
            Matcher outcome = OUTCOME.matcher(line.group(1));
            if (outcome.find()) {
                outcomes.merge(outcome.group(1), (long) Double.parseDouble(line.group(2)), Long::sum);
            }
        }
        return outcomes;
    }

    /** Events taken in for good: applied, found duplicate or dead-lettered (a parked one counts once applied). */
    long taken() {
        Map<String, Long> events = events();
        return events.getOrDefault("applied", 0L) + events.getOrDefault("duplicate", 0L)
                + events.getOrDefault("dead_lettered", 0L);
    }

    /** Records on reporting's topics its consumer group has not committed yet. */
    long lag() throws Exception {
        List<TopicPartition> partitions = new ArrayList<>();
        admin.describeTopics(TOPICS).allTopicNames().get(30, TimeUnit.SECONDS).forEach((topic, description) ->
                description.partitions().forEach(p -> partitions.add(new TopicPartition(topic, p.partition()))));
        Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
        partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
        var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        long lag = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata done = committed.get(partition);
            lag += ends.get(partition).offset() - (done == null ? 0 : done.offset());
        }
        return lag;
    }

    /** Records on the topics reporting follows, from their start. */
    long eventsOnTopics() throws Exception {
        List<TopicPartition> partitions = new ArrayList<>();
        admin.describeTopics(TOPICS).allTopicNames().get(30, TimeUnit.SECONDS).forEach((topic, description) ->
                description.partitions().forEach(p -> partitions.add(new TopicPartition(topic, p.partition()))));
        Map<TopicPartition, OffsetSpec> earliest = new LinkedHashMap<>();
        Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
        partitions.forEach(p -> {
            earliest.put(p, OffsetSpec.earliest());
            latest.put(p, OffsetSpec.latest());
        });
        var begins = admin.listOffsets(earliest).all().get(30, TimeUnit.SECONDS);
        var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
        return partitions.stream().mapToLong(p -> ends.get(p).offset() - begins.get(p).offset()).sum();
    }

    /**
     * Restarts reporting's PostgreSQL with pg_stat_statements loaded (the service reconnects by itself, as after a
     * database restart) and waits until the service is ready again. Without it, no statement figures are reported.
     */
    void enableStatements() {
        PostgresInstance db = suite.database(RestartableSuite.REPORTING);
        try {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("alter system set shared_preload_libraries = 'pg_stat_statements'");
                s.execute("alter system set pg_stat_statements.max = 1000");
            }
            db.stop();
            db.start();
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("create extension if not exists pg_stat_statements");
            }
            Awaitility.await("reporting ready again after its database restarted").atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> reporting.getResponse("/q/health/ready", null).statusCode() == 200);
            statements = true;
        } catch (SQLException | RuntimeException e) {
            System.out.println("pg_stat_statements not available (" + e.getMessage() + "); going on without");
        }
    }

    void resetStatements() throws SQLException {
        if (statements) {
            try (Connection c = suite.database(RestartableSuite.REPORTING).connect();
                    Statement s = c.createStatement()) {
                s.execute("select pg_stat_statements_reset()");
            }
        }
    }

    /**
     * The statements reporting's database spent most time on since the last reset, with calls per event when
     * {@code events} is positive; and the transactions committed per event.
     */
    String topStatements(int limit, long events) throws SQLException {
        if (!statements) {
            return "(pg_stat_statements not available)\n";
        }
        StringBuilder out = new StringBuilder(String.format("%10s %9s %9s %10s  %s%n", "total s", "calls",
                events > 0 ? "per event" : "", "mean ms", "statement"));
        try (Connection c = suite.database(RestartableSuite.REPORTING).connect();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("""
                        select total_exec_time / 1000, calls, mean_exec_time,
                               left(regexp_replace(query, '\\s+', ' ', 'g'), 150)
                        from pg_stat_statements where dbid = (select oid from pg_database where datname = 'dvk')
                        order by total_exec_time desc limit %d""".formatted(limit))) {
            while (rows.next()) {
                out.append(String.format("%10.1f %9d %9s %10.3f  %s%n", rows.getDouble(1), rows.getLong(2),
                        events > 0 ? String.format("%.2f", rows.getLong(2) / (double) events) : "",
                        rows.getDouble(3), rows.getString(4)));
            }
        }
        try (Connection c = suite.database(RestartableSuite.REPORTING).connect();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("""
                        select sum(calls), sum(total_exec_time) / 1000 from pg_stat_statements
                        where dbid = (select oid from pg_database where datname = 'dvk')""")) {
            rows.next();
            out.append(String.format("all statements: %d calls%s, %.1f s executing%n", rows.getLong(1),
                    events > 0 ? String.format(" (%.1f per event)", rows.getLong(1) / (double) events) : "",
                    rows.getDouble(2)));
        }
        return out.toString();
    }

    /**
     * Samples, every 100 ms until the returned handle is closed, what the service's database connections are doing:
     * running a statement, waiting for a lock, waiting for the JVM inside a transaction ("idle in transaction": the
     * service's own work between statements) or idle. Its {@code toString()} gives each state's share.
     */
    Activity sampleActivity() throws SQLException {
        return new Activity(suite.database(RestartableSuite.REPORTING));
    }

    static final class Activity implements AutoCloseable {
        private static final Duration EVERY = Duration.ofMillis(100);

        private final Map<String, Long> samples = new java.util.TreeMap<>();
        private final Connection connection;
        private final PreparedStatement query;
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "activity-sampler");
            thread.setDaemon(true);
            return thread;
        });
        private long rounds;

        private Activity(PostgresInstance db) throws SQLException {
            connection = db.connect();
            query = connection.prepareStatement("""
                    select case when state = 'active' and wait_event_type = 'Lock' then 'waiting for a lock ('
                                    || wait_event || ')'
                                when state = 'active' and wait_event_type is not null then 'active, waiting on '
                                    || wait_event_type || ':' || wait_event
                                when state = 'active' then 'active, running'
                                else state end, count(*)
                    from pg_stat_activity
                    where datname = 'dvk' and pid <> pg_backend_pid() and backend_type = 'client backend'
                    group by 1""");
            sampler.scheduleWithFixedDelay(this::sample, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** One sample; a failure ends the sampling (a task that throws is not run again). */
        private void sample() {
            try (ResultSet rows = query.executeQuery()) {
                synchronized (samples) {
                    while (rows.next()) {
                        samples.merge(rows.getString(1), rows.getLong(2), Long::sum);
                    }
                    rounds++;
                }
            } catch (SQLException e) {
                System.out.println("activity sampling stopped: " + e.getMessage());
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws InterruptedException, SQLException {
            sampler.shutdown();
            sampler.awaitTermination(5, TimeUnit.SECONDS);
            connection.close();
        }

        /** Connections in each state on average over the samples (idle ones left out). */
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("database connections, average number in each state over "
                    + rounds + " samples:");
            synchronized (samples) {
                samples.forEach((state, n) -> {
                    if (!"idle".equals(state)) {
                        out.append(String.format("%n  %-52s %.2f", state, n / (double) Math.max(1, rounds)));
                    }
                });
            }
            return out.toString();
        }
    }

    /** Rows and size of reporting's largest tables. */
    String tableSizes() throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = suite.database(RestartableSuite.REPORTING).connect();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("""
                        select relname, n_live_tup, pg_size_pretty(pg_total_relation_size(relid))
                        from pg_stat_user_tables where schemaname = 'reporting'
                        order by pg_total_relation_size(relid) desc limit 8""")) {
            while (rows.next()) {
                out.append(String.format("  %-28s %,12d rows %10s%n", rows.getString(1), rows.getLong(2),
                        rows.getString(3)));
            }
        }
        return out.toString();
    }

    /** CPU time so far of reporting's JVM, its PostgreSQL (server processes alive now), Kafka, and the rest. */
    Map<String, Duration> cpu() {
        Map<String, Duration> cpu = new LinkedHashMap<>();
        List<ProcessHandle> mine = ProcessHandle.current().descendants().toList();
        cpu.put("reporting JVM", sum(mine.stream().filter(p -> commandLine(p).contains("reporting-service"))));
        cpu.put("reporting PostgreSQL", sum(suite.database(RestartableSuite.REPORTING).postmaster().stream()
                .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))));
        cpu.put("Kafka broker", sum(mine.stream().filter(p -> commandLine(p).contains("kafka.Kafka"))));
        cpu.put("benchmark JVM", sum(Stream.of(ProcessHandle.current())));
        return cpu;
    }

    /** Cores each process kept busy between two {@link #cpu()} readings over {@code wall}. */
    static String cpuLine(Map<String, Duration> before, Map<String, Duration> after, Duration wall) {
        StringBuilder out = new StringBuilder("CPU (cores busy on average):");
        after.forEach((what, used) -> out.append(String.format("  %s %.2f", what,
                (used.toMillis() - before.getOrDefault(what, Duration.ZERO).toMillis()) / (double) wall.toMillis())));
        return out.toString();
    }

    private static Duration sum(Stream<ProcessHandle> processes) {
        return processes.map(p -> p.info().totalCpuDuration()).flatMap(Optional::stream)
                .reduce(Duration.ZERO, Duration::plus);
    }

    private static String commandLine(ProcessHandle process) {
        return process.info().commandLine().orElse("");
    }

    @Override
    public void close() {
        admin.close();
    }
}
