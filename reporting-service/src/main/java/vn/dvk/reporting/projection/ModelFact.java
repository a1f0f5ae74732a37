package vn.dvk.reporting.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;

/**
 * Where one model stands, as both producers' events tell it, and what it therefore counts for. Events change the
 * fact; the counters move by the difference between what it counted for before and after.
 */
public final class ModelFact {

    /** What a model counts as in the funnel; each is a counter per campaign, node, field, kind and owner kind. */
    public enum Measure {
        REGISTERED, RECOGNIZED_BASE, RECOGNIZED_BLOC, RECOGNIZED_PROVINCE, IN_REVIEW_BASE, IN_REVIEW_BLOC,
        IN_REVIEW_PROVINCE, RETURNED, DECLINED, REVOKED, WITHDRAWN;

        public static Measure recognizedAt(Level level) {
            return valueOf("RECOGNIZED_" + level);
        }

        public static Measure inReviewAt(Level level) {
            return valueOf("IN_REVIEW_" + level);
        }
    }

    /** A model's text: its title and summary as one version of it holds them. */
    public record Text(String title, String summary) {
    }

    /** Stands for a field, kind or owner kind no event has told yet (recognition's events may come first). */
    public static final String UNKNOWN = "UNKNOWN";

    public final UUID modelId;
    public String campaignId;
    public String provinceId;
    public String blocId;
    public String baseId;
    public String unitId;
    public String unitName;
    public String field;
    public String kind;
    public String ownerKind;
    /** The text of the version last submitted (null while a draft): reviewers' reports may name it. */
    public String title;
    public String summary;
    /** The text as the unit last edited it, submitted or not: never shown, only frozen into the next version. */
    public String editedTitle;
    public String editedSummary;
    /** Each submitted version's text, by version: frozen when submitted, never changed after. */
    public Map<Integer, Text> versions = new HashMap<>();
    /**
     * The version the standing recognition rests on; when its event did not say (published before recognitions
     * named it), {@link #recognizedText} holds the text last submitted before it instead.
     */
    public Integer recognizedVersion;
    public Text recognizedText;
    public UUID replicatesModelId;
    public boolean submitted;
    public boolean withdrawn;
    public boolean returned;
    public boolean declined;
    public boolean revoked;
    public LocalDate registeredOn;
    public Level reviewLevel;
    public LocalDate reviewSince;
    public Level recognizedLevel;
    public LocalDate recognizedOn;
    public String decisionNumber;
    public LocalDate decisionIssuedOn;

    public ModelFact(UUID modelId) {
        this.modelId = modelId;
    }

    public ModelFact copy() {
        ModelFact copy = new ModelFact(modelId);
        copy.campaignId = campaignId;
        copy.provinceId = provinceId;
        copy.blocId = blocId;
        copy.baseId = baseId;
        copy.unitId = unitId;
        copy.unitName = unitName;
        copy.field = field;
        copy.kind = kind;
        copy.ownerKind = ownerKind;
        copy.title = title;
        copy.summary = summary;
        copy.editedTitle = editedTitle;
        copy.editedSummary = editedSummary;
        copy.versions = new HashMap<>(versions);
        copy.recognizedVersion = recognizedVersion;
        copy.recognizedText = recognizedText;
        copy.replicatesModelId = replicatesModelId;
        copy.submitted = submitted;
        copy.withdrawn = withdrawn;
        copy.returned = returned;
        copy.declined = declined;
        copy.revoked = revoked;
        copy.registeredOn = registeredOn;
        copy.reviewLevel = reviewLevel;
        copy.reviewSince = reviewSince;
        copy.recognizedLevel = recognizedLevel;
        copy.recognizedOn = recognizedOn;
        copy.decisionNumber = decisionNumber;
        copy.decisionIssuedOn = decisionIssuedOn;
        return copy;
    }

    /** Takes the campaign and path from an event; the first one wins (a model never moves). */
    public void placeIn(String campaign, OrgPath path) {
        if (campaignId == null) {
            campaignId = campaign;
        }
        if (provinceId == null && path != null && path.hasEveryLevel()) {
            provinceId = path.province().id();
            blocId = path.bloc().id();
            baseId = path.base().id();
            unitId = path.unit().id();
            unitName = path.unit().name();
        }
    }

    /** The organisation nodes that count the model: its path, each once. */
    public List<String> nodes() {
        if (provinceId == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(List.of(provinceId, blocId, baseId, unitId)));
    }

    /** The stages the model counts in. */
    public List<Measure> measures() {
        List<Measure> measures = new ArrayList<>();
        if (submitted && !withdrawn) {
            measures.add(Measure.REGISTERED);
        }
        if (recognizedLevel != null) {
            Stream.of(Level.values()).filter(level -> level.compareTo(recognizedLevel) <= 0)
                    .forEach(level -> measures.add(Measure.recognizedAt(level)));
        }
        if (reviewLevel != null) {
            measures.add(Measure.inReviewAt(reviewLevel));
        }
        if (returned) {
            measures.add(Measure.RETURNED);
        }
        if (declined) {
            measures.add(Measure.DECLINED);
        }
        if (revoked) {
            measures.add(Measure.REVOKED);
        }
        if (withdrawn && submitted) {
            // a draft taken back was never registered: it counts nowhere (drafts are not in any report)
            measures.add(Measure.WITHDRAWN);
        }
        return measures;
    }

    /** The model's +1 on each {@link Counter#MODEL} counter it counts in. */
    Map<List<String>, Long> modelCounts() {
        Map<List<String>, Long> counts = new HashMap<>();
        if (campaignId == null) {
            return counts;
        }
        for (String node : nodes()) {
            for (Measure measure : measures()) {
                counts.put(List.of(campaignId, node, measure.name(), orUnknown(field), orUnknown(kind),
                        orUnknown(ownerKind)), 1L);
            }
        }
        return counts;
    }

    /** The model's +1 on the {@link Counter#REPLICATION} counter of the model it replicates, if it is registered. */
    Map<List<String>, Long> replicationCounts() {
        return submitted && !withdrawn && replicatesModelId != null
                ? Map.of(List.of(replicatesModelId.toString()), 1L) : Map.of();
    }

    /**
     * What the public gallery shows of the model: the text of the version its recognition rests on, as it was when
     * submitted; null (the gallery leaves it out) unless a recognition stands, none of its recognitions was ever
     * revoked and it was not withdrawn, or while that version's submission has not been read yet. A returned model
     * the unit edits keeps showing the recognised text until a recognition of a newer version.
     */
    public Text published() {
        if (recognizedLevel == null || revoked || withdrawn) {
            return null;
        }
        return recognizedVersion != null ? versions.get(recognizedVersion) : recognizedText;
    }

    private static String orUnknown(String value) {
        return value == null ? UNKNOWN : value;
    }

    /** {@code after} minus {@code before}, key by key; keys whose count does not change are left out. */
    static <K> Map<K, Long> difference(Map<K, Long> before, Map<K, Long> after) {
        Map<K, Long> difference = new HashMap<>(after);
        before.forEach((key, n) -> difference.merge(key, -n, Long::sum));
        difference.values().removeIf(n -> n == 0);
        return difference;
    }
}
