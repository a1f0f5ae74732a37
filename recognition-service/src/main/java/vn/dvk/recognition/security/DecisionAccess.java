package vn.dvk.recognition.security;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.problems.NotFoundProblem;
import vn.dvk.kit.security.Caller;
import vn.dvk.recognition.domain.Decision;
import vn.dvk.recognition.domain.RecognitionMessages;

/**
 * Who sees and revokes decisions: the issuing organisation and those above it (its bloc, its province) read it;
 * only the issuing committee revokes it. For anyone else it does not exist.
 */
@RequestScoped
public class DecisionAccess {

    private final Caller caller;

    public DecisionAccess(Caller caller) {
        this.caller = caller;
    }

    public Decision readable(UUID id) {
        Decision decision = Decision.findById(id);
        if (decision == null || !decision.isWithin(caller.orgId())) {
            throw new NotFoundProblem(RecognitionMessages.NO_DECISION.text(id));
        }
        return decision;
    }

    public Decision revocable(UUID id) {
        Decision decision = readable(id);
        if (!caller.hasRole(Roles.REVIEWER) || !decision.issuerOrgId.equals(caller.orgId())) {
            throw new ForbiddenException("Only the committee that issued the decision revokes it");
        }
        return decision;
    }
}
