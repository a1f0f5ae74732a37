package vn.dvk.recognition.security;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.problems.NotFoundProblem;
import vn.dvk.kit.security.Caller;
import vn.dvk.recognition.domain.Council;
import vn.dvk.recognition.domain.CouncilMember;
import vn.dvk.recognition.domain.RecognitionMessages;
import vn.dvk.recognition.domain.ReviewCase;

/**
 * Object-level rules for cases: a reviewer acts only at the case's current level, and only when their
 * organisation is the path's organisation at that level. Reviewers, admins, auditors and leaders anywhere on the
 * path may read the case, and so may the members of the council judging it (known by their token's subject and
 * organisation); for anyone else it does not exist.
 */
@RequestScoped
public class CaseAccess {

    private final Caller caller;

    public CaseAccess(Caller caller) {
        this.caller = caller;
    }

    public ReviewCase readable(UUID modelId) {
        ReviewCase reviewCase = ReviewCase.findById(modelId);
        if (reviewCase == null || !(reviewCase.path().contains(caller.orgId()) || membership(reviewCase).isPresent())) {
            throw notFound(modelId);
        }
        return reviewCase;
    }

    /**
     * A case the caller's committee may decide on now. A case off the caller's path does not exist for them (404);
     * one on it but at another organisation's level is refused (403).
     */
    public ReviewCase actionable(UUID modelId) {
        ReviewCase reviewCase = readable(modelId);
        if (!isReviewingCommittee(reviewCase)) {
            throw new ForbiddenException("The case is under review at " + reviewCase.level
                    + " level, by another organisation's committee");
        }
        return reviewCase;
    }

    /** A case the caller may score: a reviewer of the committee at its level, or a member of the council judging it. */
    public ReviewCase scorable(UUID modelId) {
        ReviewCase reviewCase = readable(modelId);
        if (!isReviewingCommittee(reviewCase) && membership(reviewCase).isEmpty()) {
            throw new ForbiddenException("Only the committee reviewing the case at " + reviewCase.level
                    + " level, or its council, scores it");
        }
        return reviewCase;
    }

    /** The caller's seat on the council judging the case at its level (403 for anyone else). */
    public CouncilMember seat(ReviewCase reviewCase) {
        return membership(reviewCase).orElseThrow(() -> new ForbiddenException(
                "Only a member of the council judging the case at " + reviewCase.level + " level votes on it"));
    }

    private boolean isReviewingCommittee(ReviewCase reviewCase) {
        return caller.hasRole(Roles.REVIEWER) && reviewCase.reviewingOrgId().equals(caller.orgId());
    }

    private Optional<CouncilMember> membership(ReviewCase reviewCase) {
        if (!caller.hasRole(Roles.REVIEWER)) {
            return Optional.empty();
        }
        // the seat of the token's subject, and only while the token names the organisation the member was seated from
        return Council.judging(reviewCase).flatMap(c -> c.seatOf(caller.subject(), caller.orgId()));
    }

    public static NotFoundProblem notFound(UUID modelId) {
        return new NotFoundProblem(RecognitionMessages.NO_CASE_FOR_MODEL.text(modelId));
    }
}
