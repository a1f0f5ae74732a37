package vn.dvk.reporting.rebuild;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dvk.reporting.projection.LiveSchema;

/**
 * The rebuild's status as every replica reads it: the replica running a rebuild writes it to the database every few
 * seconds and when it ends; the others answer from it. A running rebuild whose replica stopped writing (it died, or
 * was stopped mid-way) reads as FAILED, so that another may start.
 */
@ApplicationScoped
class RebuildRecord {

    /** Without word from the replica running it for this long, a rebuild is taken as abandoned. */
    static final Duration SILENCE = Duration.ofSeconds(30);

    private final EntityManager entityManager;
    private final String table;
    private final String replica;

    RebuildRecord(EntityManager entityManager, LiveSchema live,
            @ConfigProperty(name = "HOSTNAME", defaultValue = "this replica") String replica) {
        this.entityManager = entityManager;
        this.table = live.schema().name() + ".projection_rebuild";
        this.replica = replica;
    }

    void save(RebuildStatus status) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into %s (id, state, replica, started_at, finished_at, events_applied,
                    events_skipped, events_total, events_per_second, seconds_left, error, updated_at)
                values (1, :state, :replica, :started, :finished, :applied, :skipped, :total, :rate, :left, :error, now())
                on conflict (id) do update set state = excluded.state, replica = excluded.replica,
                    started_at = excluded.started_at, finished_at = excluded.finished_at,
                    events_applied = excluded.events_applied, events_skipped = excluded.events_skipped,
                    events_total = excluded.events_total, events_per_second = excluded.events_per_second,
                    seconds_left = excluded.seconds_left, error = excluded.error, updated_at = excluded.updated_at
                """.formatted(table))
                .setParameter("state", status.state().name()).setParameter("replica", replica)
                .setParameter("started", status.startedAt()).setParameter("finished", status.finishedAt())
                .setParameter("applied", status.eventsApplied()).setParameter("skipped", status.eventsSkipped())
                .setParameter("total", status.eventsTotal()).setParameter("rate", status.eventsPerSecond())
                .setParameter("left", status.secondsLeft()).setParameter("error", status.error())
                .executeUpdate());
    }

    /** The last rebuild of any replica, if one ever ran. */
    Optional<RebuildStatus> read() {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select state, replica, started_at, finished_at, events_applied, events_skipped, events_total,
                    events_per_second, seconds_left, error, updated_at,
                    updated_at < now() - make_interval(secs => :silence)
                from %s where id = 1""".formatted(table)).setParameter("silence", SILENCE.toSeconds())
                .getResultList());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        RebuildStatus.State state = RebuildStatus.State.valueOf((String) row[0]);
        OffsetDateTime updated = time(row[10]);
        String error = (String) row[9];
        boolean running = state == RebuildStatus.State.RUNNING || state == RebuildStatus.State.SWITCHING;
        // Silence is measured on the database's clock, which wrote updated_at (save): one clock for every replica.
        boolean silent = (Boolean) row[11];
        if (running && silent) {
            state = RebuildStatus.State.FAILED;
            error = "The replica running it (" + row[1] + ") has not reported since " + updated
                    + ": it stopped; the live tables are as they were";
        }
        boolean stillRunning = state == RebuildStatus.State.RUNNING || state == RebuildStatus.State.SWITCHING;
        return Optional.of(new RebuildStatus(state, time(row[2]), time(row[3]), ((Number) row[4]).longValue(),
                ((Number) row[5]).longValue(), ((Number) row[6]).longValue(), ((Number) row[7]).doubleValue(),
                row[8] == null || !stillRunning ? null : ((Number) row[8]).longValue(), error));
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
