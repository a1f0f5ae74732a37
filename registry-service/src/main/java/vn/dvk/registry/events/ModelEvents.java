package vn.dvk.registry.events;

import jakarta.enterprise.context.ApplicationScoped;
import vn.dvk.kit.outbox.Outbox;
import vn.dvk.registry.domain.MobilizationModel;

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

    public void withdrawn(MobilizationModel model) {
        append(RegistryEventTypes.MODEL_WITHDRAWN, model, ModelWithdrawn.of(model));
    }

    private void append(String type, MobilizationModel model, Object payload) {
        outbox.append(type, model.id.toString(), payload);
    }
}
