package vn.dvk.local.faults;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.dvk.testing.suite.PostgresInstance;

/**
 * Compares what the services hold, read straight from each one's database, for the models drafted since a
 * scenario began: the registry is the truth for submissions, recognition for recognitions. Every submitted model
 * must have exactly one case and one progress row; every level recognition reached must show in the registry and
 * in reporting; every write a service accepted must be in its own database; the funnel must have grown by exactly
 * the scenario's figures.
 */
public final class Reconciliation {

    /** One thing that does not add up: {@code lost} when an accepted or committed fact is missing downstream. */
    public record Mismatch(UUID modelId, String what, boolean lost) {
    }

    /** The funnel's four figures. */
    public record Figures(long submitted, long base, long bloc, long province) {
        Figures minus(Figures before) {
            return new Figures(submitted - before.submitted, base - before.base, bloc - before.bloc,
                    province - before.province);
        }
    }

    /** The outcome: empty mismatches and matching figures mean the services agree. */
    public record Result(int models, Figures expected, Figures funnelGrowth, long unpublished,
            List<Mismatch> mismatches) {

        public long lost() {
            return mismatches.stream().filter(Mismatch::lost).count();
        }

        public boolean holds() {
            return mismatches.isEmpty() && expected.equals(funnelGrowth) && unpublished == 0;
        }

        public String summary() {
            return "%d models, expected %s, funnel grew by %s, %d outbox rows unpublished, %d mismatches (%d lost)%s"
                    .formatted(models, expected, funnelGrowth, unpublished, mismatches.size(), lost(),
                            mismatches.isEmpty() ? "" : ": " + mismatches.subList(0, Math.min(10, mismatches.size())));
        }
    }

    private record RegistryRow(String status, Level recognized) {
    }

    private record CaseRow(Level level, String stage, Level recognized) {
    }

    private record ProgressRow(boolean submitted, boolean base, boolean bloc, boolean province) {
        Level highest() {
            return province ? Level.PROVINCE : bloc ? Level.BLOC : base ? Level.BASE : null;
        }
    }

    private final PostgresInstance registry;
    private final PostgresInstance recognition;
    private final PostgresInstance reporting;

    public Reconciliation(PostgresInstance registry, PostgresInstance recognition, PostgresInstance reporting) {
        this.registry = registry;
        this.recognition = recognition;
        this.reporting = reporting;
    }

    /** @param funnelBefore and {@code funnelNow}: the reporting API's figures at the start and now */
    public Result check(Instant since, Accepted accepted, Figures funnelBefore, Figures funnelNow) throws SQLException {
        Map<UUID, RegistryRow> models = registryModels(since);
        List<UUID> submitted = models.entrySet().stream().filter(e -> !e.getValue().status().equals("DRAFT"))
                .map(Map.Entry::getKey).toList();
        Map<UUID, CaseRow> cases = cases(models.keySet());
        Map<UUID, ProgressRow> progress = progress(models.keySet());
        List<Mismatch> mismatches = new ArrayList<>();
        long base = 0;
        long bloc = 0;
        long province = 0;
        for (UUID id : submitted) {
            CaseRow reviewCase = cases.get(id);
            ProgressRow row = progress.get(id);
            if (reviewCase == null) {
                mismatches.add(new Mismatch(id, "submitted, but recognition has no case", true));
            }
            if (row == null || !row.submitted()) {
                mismatches.add(new Mismatch(id, "submitted, but reporting does not count it", true));
            }
            Level recognized = reviewCase == null ? null : reviewCase.recognized();
            base += recognized != null ? 1 : 0;
            bloc += recognized != null && recognized.atLeast(Level.BLOC) ? 1 : 0;
            province += recognized == Level.PROVINCE ? 1 : 0;
            Level inRegistry = models.get(id).recognized();
            if (recognized != inRegistry) {
                mismatches.add(new Mismatch(id, "recognised at " + recognized + " but the registry shows "
                        + inRegistry, lower(inRegistry, recognized)));
            }
            Level inReporting = row == null ? null : row.highest();
            if (recognized != inReporting) {
                mismatches.add(new Mismatch(id, "recognised at " + recognized + " but reporting shows "
                        + inReporting, lower(inReporting, recognized)));
            }
        }
        for (UUID id : cases.keySet()) {
            if (!submitted.contains(id)) {
                mismatches.add(new Mismatch(id, "a case for a model the registry holds as a draft", false));
            }
        }
        for (UUID id : accepted.submitted()) {
            if (!submitted.contains(id)) {
                mismatches.add(new Mismatch(id, "submit answered 2xx but the registry does not hold it submitted", true));
            }
        }
        for (Accepted.Action action : accepted.actions()) {
            CaseRow reviewCase = cases.get(action.modelId());
            boolean kept = reviewCase != null && (action.action().equals("RECOGNIZE")
                    ? reviewCase.recognized() != null && reviewCase.recognized().atLeast(action.level())
                    : reviewCase.level().atLeast(action.level()));
            if (!kept) {
                mismatches.add(new Mismatch(action.modelId(), action.action() + " at " + action.level()
                        + " answered 200 but recognition does not hold it", true));
            }
        }
        long unpublished = unpublished(registry, "registry") + unpublished(recognition, "recognition");
        return new Result(submitted.size(), new Figures(submitted.size(), base, bloc, province),
                funnelNow.minus(funnelBefore), unpublished, mismatches);
    }

    /** Shown is lower than truth: an update that never arrived. */
    private static boolean lower(Level shown, Level truth) {
        return truth != null && (shown == null || shown.compareTo(truth) < 0);
    }

    private Map<UUID, RegistryRow> registryModels(Instant since) throws SQLException {
        Map<UUID, RegistryRow> rows = new HashMap<>();
        try (Connection c = registry.connect(); PreparedStatement q = c.prepareStatement(
                "select id, status, recognized_level from registry.mobilization_model where created_at >= ?")) {
            q.setTimestamp(1, Timestamp.from(since));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getObject(1, UUID.class), new RegistryRow(r.getString(2), Level.of(r.getString(3))));
                }
            }
        }
        return rows;
    }

    private Map<UUID, CaseRow> cases(Set<UUID> ids) throws SQLException {
        Map<UUID, CaseRow> rows = new HashMap<>();
        try (Connection c = recognition.connect(); PreparedStatement q = c.prepareStatement(
                "select model_id, level, stage, recognized_level from recognition.review_case where model_id = any(?)")) {
            q.setArray(1, uuids(c, ids));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getObject(1, UUID.class), new CaseRow(Level.of(r.getString(2)), r.getString(3),
                            Level.of(r.getString(4))));
                }
            }
        }
        return rows;
    }

    private Map<UUID, ProgressRow> progress(Set<UUID> ids) throws SQLException {
        Map<UUID, ProgressRow> rows = new HashMap<>();
        try (Connection c = reporting.connect(); PreparedStatement q = c.prepareStatement("""
                select model_id, submitted, recognized_level in ('BASE', 'BLOC', 'PROVINCE'),
                       recognized_level in ('BLOC', 'PROVINCE'), recognized_level = 'PROVINCE'
                from reporting.model_fact where model_id = any(?)""")) {
            q.setArray(1, uuids(c, ids));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getObject(1, UUID.class),
                            new ProgressRow(r.getBoolean(2), r.getBoolean(3), r.getBoolean(4), r.getBoolean(5)));
                }
            }
        }
        return rows;
    }

    /** Events committed but not yet acknowledged by Kafka: downstream cannot be complete before they are out. */
    static long unpublished(PostgresInstance db, String schema) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement q = c.prepareStatement(
                "select count(*) from " + schema + ".outbox_message where published_at is null");
                ResultSet r = q.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Array uuids(Connection c, Set<UUID> ids) throws SQLException {
        return c.createArrayOf("uuid", ids.toArray());
    }
}
