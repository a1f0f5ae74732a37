package vn.dvk.reporting.projection;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import vn.dvk.contracts.vocabulary.Level;

/**
 * A model's changes, in the order they happened, and what they make of it day by day. Adding a change that
 * happened earlier than others (the other topic was read first) rewrites the days after it: the counters then move by
 * the difference between the old and the new day-by-day story, so figures as of any date stay exact.
 */
public final class ModelHistory {

    /** One spell of review: a level, the day the model entered it and the day it left ({@link Backlog#STILL_WAITING}). */
    public record Spell(Level level, LocalDate enteredOn, LocalDate leftOn) {
    }

    private final ModelFact identity;
    private final List<ModelChange> changes;

    /** @param identity the model's id, campaign and path (what never changes); nothing else of it is read */
    public ModelHistory(ModelFact identity, List<ModelChange> changes) {
        this.identity = identity;
        this.changes = new ArrayList<>(changes);
        this.changes.sort(ModelChange.IN_ORDER);
    }

    public List<ModelChange> changes() {
        return List.copyOf(changes);
    }

    /** A history with the change added; this one when it holds the change already (a redelivery). */
    public ModelHistory with(ModelChange change) {
        if (changes.stream().anyMatch(change::sameAs)) {
            return this;
        }
        List<ModelChange> more = new ArrayList<>(changes);
        more.add(change);
        return new ModelHistory(identity, more);
    }

    /** The model as it stood at the end of each day a change happened. */
    public NavigableMap<LocalDate, ModelFact> days(ZoneId zone) {
        NavigableMap<LocalDate, ModelFact> days = new TreeMap<>();
        ModelFact state = identity.copy();
        for (ModelChange change : changes) {
            LocalDate day = change.at().atZoneSameInstant(zone).toLocalDate();
            change.applyTo(state, day);
            days.put(day, state.copy());
        }
        return days;
    }

    /** The model now. */
    public ModelFact current(ZoneId zone) {
        NavigableMap<LocalDate, ModelFact> days = days(zone);
        return days.isEmpty() ? identity.copy() : days.lastEntry().getValue();
    }

    /** The model's review spells, each counted once. */
    public static Map<Spell, Long> spells(NavigableMap<LocalDate, ModelFact> days) {
        Map<Spell, Long> spells = new HashMap<>();
        Level level = null;
        LocalDate since = null;
        for (Map.Entry<LocalDate, ModelFact> day : days.entrySet()) {
            ModelFact state = day.getValue();
            if (state.reviewLevel != level || !Objects.equals(state.reviewSince, since)) {
                if (level != null) {
                    spells.merge(new Spell(level, since, day.getKey()), 1L, Long::sum);
                }
                level = state.reviewLevel;
                since = state.reviewSince;
            }
        }
        if (level != null) {
            spells.merge(new Spell(level, since, Backlog.STILL_WAITING), 1L, Long::sum);
        }
        spells.entrySet().removeIf(spell -> !spell.getKey().enteredOn().isBefore(spell.getKey().leftOn()));
        return spells;
    }

    /**
     * How counters must move, day by day, to go from counting the {@code before} story to counting the {@code after}
     * one: each day's delta holds from that day on.
     */
    public static Map<LocalDate, Map<List<String>, Long>> moves(NavigableMap<LocalDate, ModelFact> before,
            NavigableMap<LocalDate, ModelFact> after, Function<ModelFact, Map<List<String>, Long>> counts) {
        TreeSet<LocalDate> days = new TreeSet<>(before.keySet());
        days.addAll(after.keySet());
        Map<LocalDate, Map<List<String>, Long>> moves = new TreeMap<>();
        Map<List<String>, Long> gapSoFar = Map.of();
        for (LocalDate day : days) {
            Map<List<String>, Long> gap = ModelFact.difference(countsOn(before, day, counts), countsOn(after, day, counts));
            Map<List<String>, Long> move = ModelFact.difference(gapSoFar, gap);
            if (!move.isEmpty()) {
                moves.put(day, move);
            }
            gapSoFar = gap;
        }
        return moves;
    }

    private static Map<List<String>, Long> countsOn(NavigableMap<LocalDate, ModelFact> days, LocalDate day,
            Function<ModelFact, Map<List<String>, Long>> counts) {
        Map.Entry<LocalDate, ModelFact> entry = days.floorEntry(day);
        return entry == null ? Map.of() : counts.apply(entry.getValue());
    }
}
