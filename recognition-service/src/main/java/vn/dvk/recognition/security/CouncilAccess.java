package vn.dvk.recognition.security;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.problems.NotFoundProblem;
import vn.dvk.kit.security.Caller;
import vn.dvk.recognition.domain.Campaign;
import vn.dvk.recognition.domain.Council;
import vn.dvk.recognition.domain.OrganisationTree;
import vn.dvk.recognition.domain.RecognitionMessages;

/**
 * Who may see and shape a council. A committee's council is formed by an admin of the committee's organisation or
 * of one above it in the province (a reviewer forms none), and changed by such an admin or by the member the admin
 * named to chair it. It is read by the organisation's and its ancestors' reviewers, admins, auditors and leaders,
 * and by its members (by their token's subject and organisation). For anyone else it, and a committee outside the
 * caller's reach, does not exist (404).
 */
@RequestScoped
public class CouncilAccess {

    private final Caller caller;

    public CouncilAccess(Caller caller) {
        this.caller = caller;
    }

    /** The campaign a council is formed for, if the caller's province runs it (404 otherwise). */
    public Campaign campaign(String campaignId) {
        Campaign campaign = Campaign.findById(campaignId);
        if (campaign == null || !campaign.isVisibleTo(caller.orgId())) {
            throw new NotFoundProblem(RecognitionMessages.NO_CAMPAIGN.text(campaignId));
        }
        return campaign;
    }

    /** The committee an admin forms a council for: theirs by default, or one below it (404 for any other). */
    public String committee(Campaign campaign, String requested) {
        String committee = requested == null || requested.isBlank() ? caller.orgId() : requested;
        if (!caller.hasRole(Roles.ADMIN) || !OrganisationTree.isWithin(committee, caller.orgId(), campaign.provinceId)) {
            throw new NotFoundProblem(RecognitionMessages.NO_COMMITTEE.text(committee));
        }
        return committee;
    }

    public Council readable(UUID id) {
        Council council = Council.findById(id);
        if (council == null || !isReadable(council)) {
            throw notFound(id);
        }
        return council;
    }

    /** The council's committee is the caller's organisation or one below it, or the caller sits on it. */
    public boolean isReadable(Council council) {
        return isOverseenByCaller(council) || isSeated(council);
    }

    /** A council the caller may change: an admin over its committee, or its chair (403 for its other readers). */
    public Council changeable(UUID id) {
        Council council = readable(id);
        boolean admin = caller.hasRole(Roles.ADMIN) && isOverseenByCaller(council);
        boolean chair = council.seatOf(caller.subject(), caller.orgId()).filter(m -> m.chair).isPresent();
        if (!admin && !chair) {
            throw new ForbiddenException("Only an admin of the council's committee, or its chair, changes it");
        }
        return council;
    }

    public String provinceOf(Council council) {
        return Campaign.<Campaign>findById(council.campaignId).provinceId;
    }

    /** The council's committee is the caller's organisation or one below it. */
    private boolean isOverseenByCaller(Council council) {
        return OrganisationTree.isWithin(council.organisationId, caller.orgId(), provinceOf(council));
    }

    private boolean isSeated(Council council) {
        return caller.hasRole(Roles.REVIEWER) && council.seatOf(caller.subject(), caller.orgId()).isPresent();
    }

    private static NotFoundProblem notFound(UUID id) {
        return new NotFoundProblem(RecognitionMessages.NO_COUNCIL.text(id));
    }
}
