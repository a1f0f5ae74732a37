package vn.dvk.reporting.rebuild;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import vn.dvk.kit.events.IncomingEvent;
import vn.dvk.kit.events.UnprocessableEvent;
import vn.dvk.kit.problems.ConflictProblem;
import vn.dvk.kit.time.Moments;
import vn.dvk.reporting.domain.ReportingMessages;
import vn.dvk.reporting.events.EventProjections;
import vn.dvk.reporting.metrics.ReportingMeters;
import vn.dvk.reporting.projection.Counters.MonthRows;
import vn.dvk.reporting.projection.Counters;
import vn.dvk.reporting.projection.LiveSchema;
import vn.dvk.reporting.projection.ProjectionBatch;
import vn.dvk.reporting.projection.ProjectionSchema;
import vn.dvk.reporting.projection.Projector;

/**
 * Rebuilds every projection from the start of the topics into fresh tables while the live ones keep serving and
 * keep following the topics, then puts the fresh tables in their place in one transaction: it locks the live
 * tables (waiting for live transactions to end, holding readers and consumers back for the moment it lasts), applies
 * the few events that came meanwhile, and swaps the tables. Statements that waited then read the fresh tables.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private static final Logger LOG = Logger.getLogger(ProjectionRebuild.class);
    private static final List<String> TOPICS = List.of(EventProjections.MODEL_EVENTS, EventProjections.CASE_EVENTS,
            EventProjections.CAMPAIGN_EVENTS, EventProjections.ORGANISATION_EVENTS);
    /** Events applied per transaction while rebuilding. */
    private static final int BATCH = 500;
    /** The switch waits until at most this many events remain to apply under its lock. */
    private static final long SWITCH_WHEN_LEFT = 200;
    /** One lock for the service's replicas: only one rebuild at a time. */
    private static final long ADVISORY_LOCK = 0x5245425549_4CL;

    private final EventProjections projections;
    private final Projector projector;
    private final ProjectionTables tables;
    private final Counters counters;
    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final ObjectMapper mapper;
    private final Map<String, Object> kafkaConfig;
    private final ProjectionSchema live;
    private final ProjectionSchema fresh;
    private final ProjectionSchema retired;
    private final RebuildRecord record;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "projection-rebuild"));

    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(new RebuildStatus(
            RebuildStatus.State.NONE, null, null, 0, 0, 0, 0, null, null));
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong total = new AtomicLong();

    public ProjectionRebuild(EventProjections projections, Projector projector, ProjectionTables tables,
            Counters counters,
            EntityManager entityManager, DataSource dataSource, ObjectMapper mapper,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, LiveSchema live,
            MeterRegistry registry, RebuildRecord record, Clock clock) {
        this.record = record;
        this.clock = clock;
        this.projections = projections;
        this.projector = projector;
        this.tables = tables;
        this.counters = counters;
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.kafkaConfig = kafkaConfig;
        this.live = live.schema();
        this.fresh = new ProjectionSchema(this.live.name() + "_rebuild");
        this.retired = new ProjectionSchema(this.live.name() + "_retired");
        Gauge.builder(ReportingMeters.REBUILD_EVENTS_APPLIED.name(), applied, AtomicLong::get)
                .description("Events the running or last rebuild applied").register(registry);
        Gauge.builder(ReportingMeters.REBUILD_EVENTS_TOTAL.name(), total, AtomicLong::get)
                .description("Events on the topics when the running or last rebuild started").register(registry);
        Gauge.builder(ReportingMeters.REBUILD_RATE.name(), this, rebuild -> rebuild.progress().eventsPerSecond())
                .description("Events per second the running or last rebuild applied").register(registry);
    }

    /** Starts a rebuild; refused while one runs (here or in another replica). */
    public synchronized RebuildStatus start() {
        if (runningHere() || record.read().map(ProjectionRebuild::running).orElse(false)) {
            throw new ConflictProblem(ReportingMessages.REBUILD_RUNNING.text());
        }
        applied.set(0);
        skipped.set(0);
        total.set(0);
        OffsetDateTime started = Moments.utc(clock);
        status.set(new RebuildStatus(RebuildStatus.State.RUNNING, started, null, 0, 0, 0, 0, null, null));
        record.save(status.get());
        executor.submit(() -> run(started));
        return status();
    }

    /** How the running or last rebuild stands, whichever replica runs or ran it. */
    public RebuildStatus status() {
        return runningHere() ? progress() : record.read().orElse(status.get());
    }

    /** While a rebuild runs here, every replica learns how it stands from the record. */
    @Scheduled(every = "2s", identity = "projection-rebuild-record")
    void report() {
        if (runningHere()) {
            record.save(progress());
        }
    }

    private boolean runningHere() {
        return running(status.get());
    }

    private static boolean running(RebuildStatus status) {
        return status.state() == RebuildStatus.State.RUNNING || status.state() == RebuildStatus.State.SWITCHING;
    }

    /** This replica's rebuild, with its rate and time left computed now. */
    private RebuildStatus progress() {
        RebuildStatus s = status.get();
        if (!running(s)) {
            return s;
        }
        double seconds = Math.max(0.001, Duration.between(s.startedAt(), Moments.utc(clock))
                .toMillis() / 1000.0);
        double rate = applied.get() / seconds;
        Long left = rate > 0 ? Math.max(0, Math.round((total.get() - applied.get() - skipped.get()) / rate)) : null;
        return new RebuildStatus(s.state(), s.startedAt(), null, applied.get(), skipped.get(), total.get(),
                Math.round(rate * 10) / 10.0, left, null);
    }

    private void run(OffsetDateTime started) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, BATCH);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Sequences sequences = new Sequences();
        try (Connection guard = dataSource.getConnection();
                RebuildLock lock = lockRebuild(guard);
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            QuarkusTransaction.requiringNew().run(() -> tables.createEmpty(live, fresh));
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            total.set(partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum());
            LOG.infof("Rebuilding the projections from %d events on %s", total.get(), TOPICS);
            applyUntil(consumer, end, sequences, MonthRows.BUILT_AT_THE_END, false);
            // the live stream went on meanwhile: catch up until little is left for the switch
            for (int round = 0; round < 20; round++) {
                Map<TopicPartition, Long> now = consumer.endOffsets(partitions);
                if (left(consumer, now) <= SWITCH_WHEN_LEFT) {
                    break;
                }
                applyUntil(consumer, now, sequences, MonthRows.BUILT_AT_THE_END, false);
            }
            // before the switch, outside its lock: the few events the switch applies move month rows already built
            QuarkusTransaction.requiringNew().timeout(1800).run(() -> counters.buildMonths(fresh));
            status.set(new RebuildStatus(RebuildStatus.State.SWITCHING, started, null, 0, 0, 0, 0, null, null));
            QuarkusTransaction.requiringNew().timeout(600).run(() -> {
                entityManager.createNativeQuery("set local lock_timeout = '60s'").executeUpdate();
                tables.lockLive(live);
                applyUntil(consumer, consumer.endOffsets(partitions), sequences, MonthRows.KEPT_CURRENT, true);
                tables.keepParked(live, fresh);
                tables.swap(live, fresh, retired);
            });
            QuarkusTransaction.requiringNew().run(() -> tables.drop(live, retired));
            finish(started, RebuildStatus.State.DONE, null);
            double seconds = Duration.between(started, Moments.utc(clock)).toMillis() / 1000.0;
            LOG.infof("Projections rebuilt from %d events (%d skipped) in %.1f s: %.0f events/s", applied.get(),
                    skipped.get(), seconds, (applied.get() + skipped.get()) / Math.max(seconds, 0.001));
        } catch (RuntimeException | SQLException e) {
            LOG.error("The projection rebuild failed; the live tables are as they were", e);
            try {
                QuarkusTransaction.requiringNew().run(() -> tables.drop(live, fresh));
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            finish(started, RebuildStatus.State.FAILED, e.getMessage());
        }
    }

    private void finish(OffsetDateTime started, RebuildStatus.State state, String error) {
        RebuildStatus last = progress();
        status.set(new RebuildStatus(state, started, Moments.utc(clock), applied.get(),
                skipped.get(), total.get(), last.eventsPerSecond(), null, error));
        try {
            record.save(status.get());
        } catch (RuntimeException e) {
            LOG.warnf("The rebuild's end could not be recorded (other replicas will see it as stopped): %s", e);
        }
    }

    /** The rebuild's lock, released when the rebuild ends. */
    private interface RebuildLock extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }

    /**
     * Refuses to go on while another replica rebuilds: the lock belongs to the guard connection's session (released
     * by the process's death too). The connection goes back to the pool afterwards, so the lock is released
     * explicitly: a pooled session would otherwise keep it and refuse every later rebuild.
     */
    private static RebuildLock lockRebuild(Connection guard) throws SQLException {
        try (PreparedStatement statement = guard.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, ADVISORY_LOCK);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next() || !result.getBoolean(1)) {
                    throw new IllegalStateException("Another replica is rebuilding the projections");
                }
            }
        }
        return () -> {
            try (PreparedStatement unlock = guard.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, ADVISORY_LOCK);
                unlock.execute();
            }
        };
    }

    private static long left(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().mapToLong(e -> Math.max(0, e.getValue() - consumer.position(e.getKey())))
                .sum();
    }

    /**
     * Applies the records up to the end offsets given, {@value #BATCH} to a transaction (or all in the caller's, when
     * {@code inCallersTransaction}), keeping the counters' month rows as {@code monthRows} says, and records per
     * aggregate how far its sequence runs without a gap.
     */
    private void applyUntil(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end,
            Sequences sequences, MonthRows monthRows, boolean inCallersTransaction) {
        while (left(consumer, end) > 0) {
            List<ConsumerRecord<String, String>> batch = new ArrayList<>();
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    batch.add(record);
                }
            }
            // a record at or past the end offset (it came after) is read again in the next round or by the switch
            for (TopicPartition partition : end.keySet()) {
                long position = consumer.position(partition);
                if (position > end.get(partition)) {
                    consumer.seek(partition, end.get(partition));
                }
            }
            if (batch.isEmpty()) {
                continue;
            }
            Runnable apply = () -> {
                Set<Sequences.Aggregate> touched = new java.util.HashSet<>();
                ProjectionBatch writes = projector.open(fresh, monthRows);
                sequences.load(entityManager, fresh, batch);
                for (ConsumerRecord<String, String> record : batch) {
                    apply(record, sequences, touched, writes);
                }
                writes.flush();
                sequences.write(entityManager, fresh, touched);
            };
            if (inCallersTransaction) {
                apply.run();
            } else {
                QuarkusTransaction.requiringNew().timeout(300).run(apply);
            }
        }
    }

    private void apply(ConsumerRecord<String, String> record, Sequences sequences, Set<Sequences.Aggregate> touched,
            ProjectionBatch writes) {
        IncomingEvent event;
        try {
            event = IncomingEvent.of(record, mapper);
            Sequences.Aggregate aggregate = new Sequences.Aggregate(event.topic(), event.key());
            if (!sequences.firstTime(aggregate, event.sequence())) {
                skipped.incrementAndGet();
                return;
            }
            projections.read(event).applyTo(writes);
            touched.add(aggregate);
            applied.incrementAndGet();
        } catch (UnprocessableEvent e) {
            skipped.incrementAndGet(); // dead-lettered when it first came; a replay from the dead letters brings it
        }
    }

    /**
     * Per aggregate, the sequences applied: how far they run without a gap is what the inbox goes on from. It lives in
     * the fresh {@code consumed_sequence} table; only the aggregates of the batch being applied are held in memory (a
     * million models' would not fit a replica's heap), and those with sequences applied past a gap (rare: one key's
     * events come in order from its partition, so only a producer's resend makes one).
     */
    static final class Sequences {

        /** One aggregate of one topic. */
        record Aggregate(String topic, String key) {
        }

        private final Map<Aggregate, Long> contiguous = new HashMap<>();
        private final Map<Aggregate, TreeSet<Long>> ahead = new HashMap<>();

        /** Reads how far the batch's aggregates run, from the fresh table (0 for those not met yet). */
        void load(EntityManager entityManager, ProjectionSchema schema, List<ConsumerRecord<String, String>> records) {
            contiguous.clear();
            for (ConsumerRecord<String, String> record : records) {
                if (record.key() != null) {
                    contiguous.put(new Aggregate(record.topic(), record.key()), 0L);
                }
            }
            if (contiguous.isEmpty()) {
                return;
            }
            List<Aggregate> aggregates = List.copyOf(contiguous.keySet()); // topics and keys in the same order
            List<?> rows = entityManager.createNativeQuery(schema.sql("""
                    select s.topic, s.aggregate_key, s.last_sequence from {p}.consumed_sequence s
                    join unnest(:topics, :keys) as b(t, k)
                      on s.topic = b.t and s.aggregate_key = b.k"""), Object[].class)
                    .setParameter("topics", aggregates.stream().map(Aggregate::topic).toArray(String[]::new))
                    .setParameter("keys", aggregates.stream().map(Aggregate::key).toArray(String[]::new))
                    .getResultList();
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                resume(new Aggregate((String) columns[0], (String) columns[1]), ((Number) columns[2]).longValue());
            }
        }

        /** Notes that the aggregate's sequences run without a gap up to {@code upTo}, as the fresh table says. */
        void resume(Aggregate aggregate, long upTo) {
            contiguous.put(aggregate, upTo);
        }

        /** How far the aggregate's sequences run without a gap: what the inbox goes on from. */
        long contiguousUpTo(Aggregate aggregate) {
            return contiguous.getOrDefault(aggregate, 0L);
        }

        /** Records the sequence as applied; false when it was applied before. */
        boolean firstTime(Aggregate aggregate, long sequence) {
            long upTo = contiguousUpTo(aggregate);
            if (sequence <= upTo || ahead.getOrDefault(aggregate, new TreeSet<>()).contains(sequence)) {
                return false;
            }
            TreeSet<Long> waiting = ahead.computeIfAbsent(aggregate, k -> new TreeSet<>());
            waiting.add(sequence);
            while (!waiting.isEmpty() && waiting.first() == upTo + 1) {
                upTo = waiting.pollFirst();
            }
            contiguous.put(aggregate, upTo);
            if (waiting.isEmpty()) {
                ahead.remove(aggregate);
            }
            return true;
        }

        /** Writes the inbox's record of the aggregates touched into the fresh tables. */
        void write(EntityManager entityManager, ProjectionSchema schema, Set<Aggregate> touched) {
            if (touched.isEmpty()) {
                return;
            }
            List<Aggregate> aggregates = List.copyOf(touched);
            entityManager.createNativeQuery(schema.sql("""
                    insert into {p}.consumed_sequence as s (topic, aggregate_key, last_sequence, updated_at)
                    select t, k, n, now()
                    from unnest(:topics, :keys, :upTo) as c(t, k, n)
                    on conflict (topic, aggregate_key) do update set last_sequence = excluded.last_sequence,
                                                                    updated_at = excluded.updated_at"""))
                    .setParameter("topics", aggregates.stream().map(Aggregate::topic).toArray(String[]::new))
                    .setParameter("keys", aggregates.stream().map(Aggregate::key).toArray(String[]::new))
                    .setParameter("upTo", aggregates.stream().map(this::contiguousUpTo).toArray(Long[]::new))
                    .executeUpdate();
        }
    }
}
