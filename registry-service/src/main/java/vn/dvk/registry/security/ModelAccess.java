package vn.dvk.registry.security;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.NotFoundProblem;
import vn.dvk.kit.security.Caller;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.registry.domain.ModelContent;
import vn.dvk.registry.domain.ModelStatus;
import vn.dvk.registry.domain.Organisation;
import vn.dvk.registry.domain.RegistryMessages;
import vn.dvk.registry.domain.Visibility;

/**
 * Object-level rules for models: a submitter sees and changes every model of their own unit, drafts included;
 * reviewers, admins, auditors and leaders see the submitted models whose organisation path runs through their
 * organisation. A model the caller may not see does not exist for them (404), so ids cannot be probed across
 * units or provinces.
 */
@RequestScoped
public class ModelAccess {

    private final Caller caller;

    public ModelAccess(Caller caller) {
        this.caller = caller;
    }

    public MobilizationModel readable(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundProblem(RegistryMessages.NO_MODEL.text(id)));
    }

    /** A model the caller may change: one of their own unit's. */
    public MobilizationModel changeable(UUID id) {
        MobilizationModel model = readable(id);
        if (!isOwnUnits(model)) {
            throw new ForbiddenException("Only a submitter of the model's unit may change it");
        }
        return model;
    }

    /** The organisation the caller registers models for. */
    public Organisation ownUnit() {
        return Organisation.withAncestors(caller.orgId()) // the campaign and the submission walk its chain
                .filter(Organisation::mayOwnModels)
                .orElseThrow(() -> new ForbiddenException("Organisation " + caller.orgId() + " is not a unit"));
    }

    /** Refuses content that names a model to replicate which the caller cannot see (or which does not exist). */
    public void checkReferences(ModelContent content, UUID ownId) {
        UUID replicated = content.replicatesModelId();
        if (replicated != null && (replicated.equals(ownId) || find(replicated).isEmpty())) {
            throw InvalidRequestProblem.ofField("replicatesModelId", RegistryMessages.NO_OTHER_MODEL_YOU_SEE.text());
        }
    }

    /** Which models lists and searches may show the caller. */
    public Visibility visibility() {
        if (caller.hasRole(Roles.SUBMITTER)) {
            return Visibility.unit(caller.orgId());
        }
        if (isOverseer()) {
            return Visibility.submittedUnder(caller.orgId());
        }
        throw new ForbiddenException("Only submitters, reviewers, admins, auditors and leaders see models");
    }

    private Optional<MobilizationModel> find(UUID id) {
        return MobilizationModel.<MobilizationModel>findByIdOptional(id).filter(this::mayRead);
    }

    private boolean mayRead(MobilizationModel model) {
        if (isOwnUnits(model)) {
            return true;
        }
        return isOverseer() && model.status != ModelStatus.DRAFT && model.path.contains(caller.orgId());
    }

    private boolean isOverseer() {
        return caller.hasRole(Roles.REVIEWER) || caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.AUDITOR)
                || caller.hasRole(Roles.LEADER);
    }

    private boolean isOwnUnits(MobilizationModel model) {
        return caller.hasRole(Roles.SUBMITTER) && model.unitId.equals(caller.orgId());
    }
}
