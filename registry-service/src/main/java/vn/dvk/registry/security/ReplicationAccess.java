package vn.dvk.registry.security;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.problems.NotFoundProblem;
import vn.dvk.kit.security.Caller;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.registry.domain.ModelReplication;
import vn.dvk.registry.domain.RegistryMessages;

/**
 * Who sees that a model was taken up (nhân rộng): the taking unit, the unit whose model it took up, and the
 * committee that recognised that model (reviewers and admins of the organisation at the level of its highest
 * standing recognition, and its leaders, who read only). To everybody else a take-up does not exist (404), like a model they may not see: the
 * reviewers above the taking unit see its model, not whom it learns from.
 */
@RequestScoped
public class ReplicationAccess {

    private final Caller caller;

    public ReplicationAccess(Caller caller) {
        this.caller = caller;
    }

    /**
     * The model named as the one taken up, whoever's it is: the rules that refuse it answer 422 alike for a model
     * the caller may not see and one that does not exist.
     */
    public Optional<MobilizationModel> named(UUID sourceId) {
        return MobilizationModel.findByIdOptional(sourceId);
    }

    /** The take-up, if the caller is one of those who see it. */
    public ModelReplication readable(UUID modelId, UUID sourceId) {
        return ModelReplication.of(modelId, sourceId).filter(this::maySee).orElseThrow(
                () -> new NotFoundProblem(RegistryMessages.NO_REPLICATION.text(modelId, sourceId)));
    }

    /** The take-up, to record its result: the taking unit's (403 for others who see it, 404 for the rest). */
    public ModelReplication changeable(UUID modelId, UUID sourceId) {
        ModelReplication link = readable(modelId, sourceId);
        if (!isOwnUnits(MobilizationModel.findById(modelId))) {
            throw new ForbiddenException("Only a submitter of the taking unit records what came of it");
        }
        return link;
    }

    /** The models the taking unit's model takes up: its unit's alone (404 for anybody else). */
    public List<ModelReplication> ofTakingModel(UUID modelId) {
        MobilizationModel model = MobilizationModel.<MobilizationModel>findByIdOptional(modelId)
                .filter(this::isOwnUnits)
                .orElseThrow(() -> new NotFoundProblem(RegistryMessages.NO_MODEL.text(modelId)));
        return ModelReplication.byModel(model.id);
    }

    /** Who took up a model: for its unit and the committee that recognised it (404 for anybody else). */
    public List<ModelReplication> ofSource(UUID sourceId) {
        MobilizationModel source = MobilizationModel.<MobilizationModel>findByIdOptional(sourceId)
                .filter(model -> isOwnUnits(model) || isRecognisingCommittee(model))
                .orElseThrow(() -> new NotFoundProblem(RegistryMessages.NO_MODEL.text(sourceId)));
        return ModelReplication.ofSource(source.id);
    }

    private boolean maySee(ModelReplication link) {
        MobilizationModel model = MobilizationModel.findById(link.modelId);
        MobilizationModel source = MobilizationModel.findById(link.sourceModelId);
        return isOwnUnits(model) || isOwnUnits(source) || isRecognisingCommittee(source);
    }

    private boolean isOwnUnits(MobilizationModel model) {
        return caller.hasRole(Roles.SUBMITTER) && model.unitId.equals(caller.orgId());
    }

    private boolean isRecognisingCommittee(MobilizationModel source) {
        return (caller.hasRole(Roles.REVIEWER) || caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.LEADER))
                && source.recognisingOrganisationId().filter(caller.orgId()::equals).isPresent();
    }
}
