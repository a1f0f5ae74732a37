package vn.dvk.recognition.security;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import vn.dvk.kit.api.Detail;
import vn.dvk.kit.api.NotFoundProblem;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.security.Roles;
import vn.dvk.recognition.domain.ReviewCase;

/**
 * Object-level rules for cases: a reviewer acts only at the case's current level, and only when their
 * organisation is the path's organisation at that level. Reviewers, admins and auditors anywhere on the
 * path may read the case; for anyone else it does not exist.
 */
@RequestScoped
public class CaseAccess {

    private final Caller caller;

    public CaseAccess(Caller caller) {
        this.caller = caller;
    }

    public ReviewCase readable(UUID modelId) {
        ReviewCase reviewCase = ReviewCase.findById(modelId);
        if (reviewCase == null || !reviewCase.path().contains(caller.orgId())) {
            throw new NotFoundProblem(Detail.of("Không có hồ sơ xét công nhận của mô hình " + modelId,
                    "No case for model " + modelId));
        }
        return reviewCase;
    }

    /**
     * A case the caller's committee may decide on now. A case off the caller's path does not exist for them (404);
     * one on it but at another organisation's level is refused (403).
     */
    public ReviewCase actionable(UUID modelId) {
        ReviewCase reviewCase = readable(modelId);
        if (!caller.hasRole(Roles.REVIEWER) || !reviewCase.reviewingOrgId().equals(caller.orgId())) {
            throw new ForbiddenException("The case is under review at " + reviewCase.level
                    + " level, by another organisation's committee");
        }
        return reviewCase;
    }
}
