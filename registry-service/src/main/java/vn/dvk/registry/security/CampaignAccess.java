package vn.dvk.registry.security;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.problems.NotFoundProblem;
import vn.dvk.kit.security.Caller;
import vn.dvk.registry.domain.Campaign;
import vn.dvk.registry.domain.CampaignStatus;
import vn.dvk.registry.domain.Organisation;
import vn.dvk.registry.domain.RegistryMessages;

/**
 * Who sees which campaigns: admins every campaign of their province, drafts included; auditors every one that
 * was opened; units and reviewers those launched at or above their organisation once opened. Any other campaign
 * does not exist for the caller (404). Admins change those launched in what {@link AdminScope} says they
 * administer.
 */
@RequestScoped
public class CampaignAccess {

    private static final List<CampaignStatus> LAUNCHED = List.of(CampaignStatus.OPEN, CampaignStatus.CLOSED);

    private final Caller caller;
    private final AdminScope scope;

    public CampaignAccess(Caller caller, AdminScope scope) {
        this.caller = caller;
        this.scope = scope;
    }

    public List<Campaign> visible() {
        Organisation own = ownOrganisation();
        if (caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.AUDITOR)) {
            return Campaign.ofProvince(own.provinceId).stream().filter(campaign -> mayRead(campaign, own)).toList();
        }
        return Campaign.launchedAbove(own, LAUNCHED);
    }

    public Campaign readable(String id) {
        Organisation own = ownOrganisation();
        return Campaign.<Campaign>findByIdOptional(id).filter(campaign -> mayRead(campaign, own))
                .orElseThrow(() -> new NotFoundProblem(RegistryMessages.NO_CAMPAIGN.text(id)));
    }

    /**
     * A campaign the caller may change: an admin sees every campaign of their province, but changes only those
     * launched by an organisation they administer (403 otherwise).
     */
    public Campaign administrable(String id) {
        Campaign campaign = readable(id);
        Organisation.byId(campaign.organisationId).ifPresentOrElse(scope::administered, () -> {
            throw new ForbiddenException("Campaign " + id + " has no launching organisation");
        });
        return campaign;
    }

    /**
     * Refuses (403) a launching organisation of the caller's province the caller does not administer. One that
     * does not exist there is left to the campaign's own rules, which name it in a 400.
     */
    public void checkAdministersLauncher(String organisationId) {
        String province = ownProvince();
        Organisation.byId(organisationId).filter(org -> org.provinceId.equals(province)).ifPresent(scope::administered);
    }

    /** The province an admin's campaigns belong to. */
    public String ownProvince() {
        return ownOrganisation().provinceId;
    }

    private boolean mayRead(Campaign campaign, Organisation own) {
        if (!campaign.provinceId.equals(own.provinceId)) {
            return false;
        }
        if (caller.hasRole(Roles.ADMIN)) {
            return true;
        }
        if (campaign.status == CampaignStatus.DRAFT) {
            return false;
        }
        return caller.hasRole(Roles.AUDITOR) || campaign.isOpenTo(own);
    }

    private Organisation ownOrganisation() {
        return Organisation.byId(caller.orgId())
                .orElseThrow(() -> new ForbiddenException("Unknown organisation " + caller.orgId()));
    }
}
