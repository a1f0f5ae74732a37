package vn.dvk.registry.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.dvk.kit.api.InvalidRequestProblem;
import vn.dvk.kit.domain.Text;
import vn.dvk.kit.outbox.Outbox;
import vn.dvk.registry.events.ModelSubmitted;
import vn.dvk.registry.events.RegistryEventTypes;

/** Drafting and submitting models: each state change commits together with the event that reports it. */
@ApplicationScoped
public class ModelRegistration {

    private final Outbox outbox;

    public ModelRegistration(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public MobilizationModel draft(Organisation unit, String campaignId, ModelKind kind, OwnerKind ownerKind,
            Field field, String title, String summary, String createdBy) {
        Campaign campaign = Campaign.<Campaign>findByIdOptional(campaignId)
                .filter(c -> c.isOpenTo(unit))
                .orElseThrow(() -> new InvalidRequestProblem("No campaign " + campaignId + " is open to " + unit.id));
        MobilizationModel model = MobilizationModel.draft(campaign.id, unit.id, kind, ownerKind, field,
                Text.nfc(title), Text.nfc(summary), createdBy);
        model.persist();
        return model;
    }

    @Transactional
    public MobilizationModel submit(MobilizationModel model) {
        long sequence = model.submit();
        Organisation unit = Organisation.findById(model.unitId);
        outbox.append(RegistryEventTypes.MODEL_SUBMITTED, model.id.toString(), new ModelSubmitted(model.id, sequence,
                model.campaignId, model.title, model.field, model.kind, model.ownerKind, unit.path(),
                model.submittedAt));
        return model;
    }
}
