package vn.dvk.registry.security;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import vn.dvk.kit.api.NotFoundProblem;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.security.Roles;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.registry.domain.Organisation;

/**
 * Object-level rules for models: a submitter sees and changes the models of their own unit; reviewers,
 * admins and auditors see the models whose recognition path runs through their organisation. A model the
 * caller may not see does not exist for them (404), so ids cannot be probed across units or provinces.
 */
@RequestScoped
public class ModelAccess {

    private final Caller caller;

    public ModelAccess(Caller caller) {
        this.caller = caller;
    }

    public MobilizationModel readable(UUID id) {
        MobilizationModel model = MobilizationModel.findById(id);
        if (model == null || !mayRead(model)) {
            throw new NotFoundProblem("No model " + id);
        }
        return model;
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
        return Organisation.byId(caller.orgId())
                .filter(Organisation::mayOwnModels)
                .orElseThrow(() -> new ForbiddenException("Organisation " + caller.orgId() + " is not a unit"));
    }

    private boolean mayRead(MobilizationModel model) {
        if (isOwnUnits(model)) {
            return true;
        }
        boolean overseer = caller.hasRole(Roles.REVIEWER) || caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.AUDITOR);
        return overseer && Organisation.byId(model.unitId).map(unit -> unit.path().contains(caller.orgId())).orElse(false);
    }

    private boolean isOwnUnits(MobilizationModel model) {
        return caller.hasRole(Roles.SUBMITTER) && model.unitId.equals(caller.orgId());
    }
}
