package vn.dvk.reporting.projection;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.OrgPath;

/**
 * The events of one transaction, applied to a projection schema together: each model touched is read (and locked)
 * once, its changes added in memory, and at {@link #flush()} the counters move once by the difference between the
 * model's story before the batch and after it; counter, backlog and organisation writes go out in a few bulk
 * statements. A live event is a batch of one; a rebuild applies hundreds of events per batch.
 */
public final class ProjectionBatch {

    /** What the batch's events tell of a model, read into its stored history at {@link #flush()}. */
    static final class PendingModel {
        final List<ModelChange> changes = new ArrayList<>();
        String campaignId;
        OrgPath path;

        /** The first campaign and the first whole path its events name (a model never moves). */
        void placeIn(String campaign, OrgPath eventPath) {
            if (campaignId == null) {
                campaignId = campaign;
            }
            if (path == null && eventPath != null && eventPath.hasEveryLevel()) {
                path = eventPath;
            }
        }
    }

    private final ProjectionSchema schema;
    private final ModelFacts facts;
    private final Counters counters;
    private final Backlog backlog;
    private final Organisations organisations;
    private final ZoneId zone;
    private final Counters.MonthRows monthRows;
    private final Map<UUID, PendingModel> models = new LinkedHashMap<>();
    private final Map<Counter, Map<LocalDate, Map<List<String>, Long>>> counts = new EnumMap<>(Counter.class);
    private final Set<OrgPath> paths = new LinkedHashSet<>();

    ProjectionBatch(ProjectionSchema schema, ModelFacts facts, Counters counters, Backlog backlog,
            Organisations organisations, ZoneId zone, Counters.MonthRows monthRows) {
        this.schema = schema;
        this.facts = facts;
        this.counters = counters;
        this.backlog = backlog;
        this.organisations = organisations;
        this.zone = zone;
        this.monthRows = monthRows;
    }

    public ProjectionSchema schema() {
        return schema;
    }

    /** What the batch holds for the model so far. */
    PendingModel model(UUID modelId) {
        return models.computeIfAbsent(modelId, id -> new PendingModel());
    }

    /** Adds to counters as of a day. */
    void count(Counter counter, LocalDate day, Map<List<String>, Long> deltas) {
        Map<List<String>, Long> onDay = counts.computeIfAbsent(counter, c -> new TreeMap<>())
                .computeIfAbsent(day, d -> new HashMap<>());
        deltas.forEach((key, delta) -> onDay.merge(key, delta, Long::sum));
    }

    /** Remembers the organisations of a path, once per batch. */
    void remember(OrgPath path) {
        paths.add(path);
    }

    /**
     * Writes what the batch changed: reads and locks the models it touched (one statement), adds their new changes
     * to their stories, moves the counters by the difference, and writes model facts, counters, backlog spells and
     * organisations in a few bulk statements.
     */
    public void flush() {
        Map<Backlog.Key, Long> spells = new HashMap<>();
        List<ModelFacts.Stored> saves = new ArrayList<>();
        Map<UUID, ModelFacts.Stored> stored = models.isEmpty() ? Map.of() : facts.lockAll(schema, models.keySet());
        models.forEach((modelId, pending) -> {
            ModelFacts.Stored before = stored.get(modelId);
            ModelFact identity = before.identity().copy();
            identity.placeIn(pending.campaignId, pending.path);
            ModelHistory history = new ModelHistory(identity, before.changes());
            for (ModelChange change : pending.changes) {
                history = history.with(change);
            }
            if (history.changes().size() == before.changes().size()) {
                return; // every change was there already: redelivered
            }
            NavigableMap<LocalDate, ModelFact> was = new ModelHistory(before.identity(), before.changes()).days(zone);
            NavigableMap<LocalDate, ModelFact> is = history.days(zone);
            ModelHistory.moves(was, is, ModelFact::modelCounts).forEach((day, moves) -> count(Counter.MODEL, day, moves));
            ModelHistory.moves(was, is, ModelFact::replicationCounts)
                    .forEach((day, moves) -> count(Counter.REPLICATION, day, moves));
            if (identity.campaignId != null) {
                ModelFact.difference(ModelHistory.spells(was), ModelHistory.spells(is)).forEach((spell, n) ->
                        identity.nodes().forEach(node -> spells.merge(
                                new Backlog.Key(identity.campaignId, node, spell), n, Long::sum)));
            }
            saves.add(new ModelFacts.Stored(history.current(zone), history.changes()));
        });
        facts.saveAll(schema, saves);
        counts.forEach((counter, byDay) -> counters.add(schema, counter, byDay, monthRows));
        backlog.add(schema, spells);
        organisations.remember(schema, paths);
        models.clear();
        counts.clear();
        paths.clear();
    }
}
