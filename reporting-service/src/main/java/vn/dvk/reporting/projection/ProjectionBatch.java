package vn.dvk.reporting.projection;

import java.time.LocalDate;
import java.time.ZoneId;
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
import vn.dvk.kit.domain.OrgPath;

/**
 * The events of one transaction, applied to a projection schema together: each model touched is read (and locked)
 * once, its changes added in memory, and at {@link #flush()} the counters move once by the difference between the
 * model's story before the batch and after it; counter, backlog and organisation writes go out in a few bulk
 * statements. A live event is a batch of one; a rebuild applies hundreds of events per batch.
 */
public final class ProjectionBatch {

    /** A model touched by the batch: as it was read, and as its changes now make it. */
    static final class PendingModel {
        final ModelFact storedIdentity;
        final List<ModelChange> storedChanges;
        final ModelFact identity;
        ModelHistory history;
        String campaignId;
        boolean changed;

        PendingModel(ModelFacts.Stored stored) {
            this.storedIdentity = stored.identity();
            this.storedChanges = stored.changes();
            this.identity = stored.identity().copy();
            this.history = new ModelHistory(identity, stored.changes());
        }
    }

    private final ProjectionSchema schema;
    private final ModelFacts facts;
    private final Counters counters;
    private final Backlog backlog;
    private final Organisations organisations;
    private final ZoneId zone;
    private final Map<UUID, PendingModel> models = new LinkedHashMap<>();
    private final Map<Counter, Map<LocalDate, Map<List<String>, Long>>> counts = new EnumMap<>(Counter.class);
    private final Set<OrgPath> paths = new LinkedHashSet<>();

    ProjectionBatch(ProjectionSchema schema, ModelFacts facts, Counters counters, Backlog backlog,
            Organisations organisations, ZoneId zone) {
        this.schema = schema;
        this.facts = facts;
        this.counters = counters;
        this.backlog = backlog;
        this.organisations = organisations;
        this.zone = zone;
    }

    public ProjectionSchema schema() {
        return schema;
    }

    /** The model as the batch has it so far, read and locked at its first touch. */
    PendingModel model(UUID modelId) {
        return models.computeIfAbsent(modelId, id -> new PendingModel(facts.lock(schema, id)));
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

    /** Writes what the batch changed: model facts, counters, backlog spells and organisations. */
    public void flush() {
        Map<Backlog.Key, Long> spells = new HashMap<>();
        for (PendingModel model : models.values()) {
            if (!model.changed) {
                continue;
            }
            NavigableMap<LocalDate, ModelFact> before = new ModelHistory(model.storedIdentity, model.storedChanges)
                    .days(zone);
            NavigableMap<LocalDate, ModelFact> after = model.history.days(zone);
            ModelHistory.moves(before, after, ModelFact::modelCounts)
                    .forEach((day, moves) -> count(Counter.MODEL, day, moves));
            ModelHistory.moves(before, after, ModelFact::replicationCounts)
                    .forEach((day, moves) -> count(Counter.REPLICATION, day, moves));
            String campaign = model.identity.campaignId != null ? model.identity.campaignId : model.campaignId;
            if (campaign != null) {
                ModelFact.difference(ModelHistory.spells(before), ModelHistory.spells(after)).forEach((spell, n) ->
                        model.identity.nodes().forEach(node -> spells.merge(new Backlog.Key(campaign, node, spell), n,
                                Long::sum)));
            }
            facts.save(schema, model.history.current(zone), model.history.changes());
        }
        counts.forEach((counter, byDay) -> counters.add(schema, counter, byDay));
        backlog.add(schema, spells);
        paths.forEach(path -> organisations.remember(schema, path));
        models.clear();
        counts.clear();
        paths.clear();
    }
}
