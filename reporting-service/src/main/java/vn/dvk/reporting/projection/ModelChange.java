package vn.dvk.reporting.projection;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;

/**
 * One thing an event tells about a model, kept in the model's history. Folded in the order they happened (the
 * registry's before recognition's at the same instant: recognition reacts to the registry), a model's changes give
 * its state on every day, whatever order the two topics delivered them in.
 *
 * @param level where the change puts the model: the level it is reviewed, recognised or revoked at
 * @param standing after a revocation, the highest recognition still standing (null: none)
 * @param version the model version a submission froze or a recognition rests on (null: the event did not say)
 */
// stored in model_fact.changes: a later release may add to what it stores, which this one then ignores (a pod of
// this release reading a newer one's rows during a rolling update)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelChange(OffsetDateTime at, Source source, long sequence, Type type, String campaignId, Level level,
        Level standing, String field, String modelKind, String ownerKind, String title, String summary,
        UUID replicatesModelId, String decisionNumber, LocalDate decisionIssuedOn, Integer version) {

    /** The producer that told it; a change is known by its producer and the model's sequence there. */
    public enum Source {
        REGISTRY, RECOGNITION
    }

    public enum Type {
        CONTENT, SUBMITTED, RESUBMITTED, WITHDRAWN, UNDER_REVIEW, RECOGNIZED, RETURNED, DECLINED, REVOKED
    }

    public static final Comparator<ModelChange> IN_ORDER = Comparator.comparing(ModelChange::at)
            .thenComparing(ModelChange::source).thenComparingLong(ModelChange::sequence);

    /** A change of a kind that carries nothing but where it puts the model. */
    public static ModelChange of(OffsetDateTime at, Source source, long sequence, Type type, String campaignId,
            Level level) {
        return new ModelChange(at, source, sequence, type, campaignId, level, null, null, null, null, null, null, null,
                null, null, null);
    }

    boolean sameAs(ModelChange other) {
        return source == other.source && sequence == other.sequence;
    }

    /** Applies the change, which happened on {@code day}, to the model's state. */
    void applyTo(ModelFact fact, LocalDate day) {
        if (fact.campaignId == null) {
            fact.campaignId = campaignId;
        }
        switch (type) {
            case CONTENT -> describe(fact);
            case SUBMITTED, RESUBMITTED -> {
                describe(fact);
                freezeVersion(fact);
                fact.submitted = true;
                if (fact.registeredOn == null) {
                    fact.registeredOn = day;
                }
                if (type == Type.RESUBMITTED) {
                    underReview(fact, day);
                }
            }
            case WITHDRAWN -> {
                fact.withdrawn = true;
                leaveReview(fact);
                unpublish(fact);
            }
            case UNDER_REVIEW -> underReview(fact, day);
            case RECOGNIZED -> {
                if (fact.recognizedLevel == null || fact.recognizedLevel.compareTo(level) < 0) {
                    fact.recognizedLevel = level;
                    fact.recognizedOn = day;
                    fact.decisionNumber = decisionNumber;
                    fact.decisionIssuedOn = decisionIssuedOn;
                    publish(fact);
                }
                leaveReview(fact);
            }
            case RETURNED -> {
                leaveReview(fact);
                fact.returned = true;
            }
            case DECLINED -> {
                leaveReview(fact);
                fact.declined = true;
            }
            case REVOKED -> {
                leaveReview(fact);
                fact.revoked = true;
                unpublish(fact);
                fact.recognizedLevel = standing;
                if (standing == null) {
                    fact.recognizedOn = null;
                    fact.decisionNumber = null;
                    fact.decisionIssuedOn = null;
                }
            }
        }
    }

    /** The codes an edit or a submission tells; an edit's text is kept aside, unpublished, until submitted. */
    private void describe(ModelFact fact) {
        fact.field = field != null ? field : fact.field;
        fact.kind = modelKind != null ? modelKind : fact.kind;
        fact.ownerKind = ownerKind != null ? ownerKind : fact.ownerKind;
        if (type == Type.CONTENT) {
            fact.editedTitle = title;
            fact.editedSummary = summary;
            fact.replicatesModelId = replicatesModelId;
        }
    }

    /**
     * A submission freezes the text as last edited into a version: its title as the submission tells it, its summary
     * as the edits before it left it (the registry edits only drafts and returned models, so nothing changes the
     * text between the last edit and the submission).
     */
    private void freezeVersion(ModelFact fact) {
        ModelFact.Text text = new ModelFact.Text(title != null ? title : fact.editedTitle, fact.editedSummary);
        fact.title = text.title();
        fact.summary = text.summary();
        if (version != null) {
            fact.versions.put(version, text);
        }
    }

    /** A recognition publishes the version it rests on; one that does not name it, the version last submitted. */
    private void publish(ModelFact fact) {
        fact.recognizedVersion = version;
        fact.recognizedText = version != null ? null : new ModelFact.Text(fact.title, fact.summary);
    }

    /** A revocation or a withdrawal takes the model out of the gallery for good (its flags keep it out). */
    private static void unpublish(ModelFact fact) {
        fact.recognizedVersion = null;
        fact.recognizedText = null;
    }

    private void underReview(ModelFact fact, LocalDate day) {
        if (fact.withdrawn) {
            // withdrawal is final: a case recognition opened after it (it read the submission late) waits for nothing
            return;
        }
        fact.returned = false;
        fact.reviewLevel = level;
        fact.reviewSince = day;
    }

    private static void leaveReview(ModelFact fact) {
        fact.returned = false;
        fact.reviewLevel = null;
        fact.reviewSince = null;
    }
}
