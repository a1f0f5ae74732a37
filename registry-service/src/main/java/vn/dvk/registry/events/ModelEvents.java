package vn.dvk.registry.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.dvk.kit.outbox.Outbox;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.registry.domain.ModelReplication;

/** Reports each change of a model on {@code registry.model-events}, in the transaction of the change. */
@ApplicationScoped
public class ModelEvents {

    private final Outbox outbox;

    public ModelEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void drafted(MobilizationModel model) {
        append(RegistryEventTypes.MODEL_DRAFTED, model, ModelContentChanged.of(model));
    }

    public void updated(MobilizationModel model) {
        append(RegistryEventTypes.MODEL_UPDATED, model, ModelContentChanged.of(model));
    }

    public void submitted(MobilizationModel model) {
        append(model.isResubmission() ? RegistryEventTypes.MODEL_RESUBMITTED : RegistryEventTypes.MODEL_SUBMITTED,
                model, ModelSubmitted.of(model));
    }

    /** The drafting of a model a history import records, to append with the others ({@link #appendAll}). */
    public static Outbox.Pending draftedInThePast(MobilizationModel model) {
        return pending(RegistryEventTypes.MODEL_DRAFTED, model, ModelContentChanged.of(model));
    }

    /** A past submission a history import records (never a resubmission), naming the import. */
    public static Outbox.Pending submittedInThePast(MobilizationModel model, String importId) {
        return pending(RegistryEventTypes.MODEL_SUBMITTED, model, ModelSubmitted.of(model, importId));
    }

    /** What became of a model a history import records, in the model's sequence after its submission. */
    public static Outbox.Pending historyRecorded(MobilizationModel model, HistoryRecorded history) {
        return pending(RegistryEventTypes.MODEL_HISTORY_RECORDED, model, history);
    }

    /** The events of a history import's models, written at once, in the order given. */
    public void appendAll(List<Outbox.Pending> events) {
        outbox.appendAll(events);
    }

    private static Outbox.Pending pending(String type, MobilizationModel model, Object payload) {
        return new Outbox.Pending(null, type, model.id.toString(), payload);
    }

    public void withdrawn(MobilizationModel model) {
        append(RegistryEventTypes.MODEL_WITHDRAWN, model, ModelWithdrawn.of(model));
    }

    /** The model took up {@code source}, a recognised model of another unit. */
    public void replicationRegistered(MobilizationModel model, MobilizationModel source, ModelReplication link) {
        append(RegistryEventTypes.MODEL_REPLICATION_REGISTERED, model, ReplicationRegistered.of(model, source, link));
    }

    /** The unit recorded what came of taking up {@code link}'s model. */
    public void replicationResultRecorded(MobilizationModel model, ModelReplication link) {
        append(RegistryEventTypes.MODEL_REPLICATION_RESULT_RECORDED, model, ReplicationResultRecorded.of(model, link));
    }

    private void append(String type, MobilizationModel model, Object payload) {
        outbox.append(type, model.id.toString(), payload);
    }
}
