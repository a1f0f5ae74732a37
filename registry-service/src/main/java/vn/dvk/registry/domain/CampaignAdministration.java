package vn.dvk.registry.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import vn.dvk.kit.problems.ConflictProblem;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.Problem;
import vn.dvk.kit.time.Moments;
import vn.dvk.registry.audit.AuditAction;
import vn.dvk.registry.audit.RegistryAudit;
import vn.dvk.registry.events.CampaignEvents.Change;
import vn.dvk.registry.events.CampaignEvents;

/** What admins do with campaigns: define them, open them to registrations, close them. Each change commits with its event. */
@ApplicationScoped
public class CampaignAdministration {

    private final CampaignEvents events;
    private final RegistryAudit audit;
    private final Clock clock;

    public CampaignAdministration(CampaignEvents events, RegistryAudit audit, Clock clock) {
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new campaign, as a DRAFT, launched by an active organisation of the admin's province. */
    @Transactional
    public Campaign create(String provinceId, CampaignDefinition request, String actor) {
        CampaignDefinition definition = request.normalised();
        if (provinceId != null) {
            // the id's form first: an id of another province's space is refused before anything is looked up
            ProvinceIds.defect(definition.id(), provinceId).ifPresent(defect -> {
                throw InvalidRequestProblem.ofField("id", defect);
            });
        }
        Organisation launcher = launcher(definition, provinceId);
        if (Campaign.findByIdOptional(definition.id()).isPresent()) {
            throw new ConflictProblem(RegistryMessages.ID_TAKEN.text(definition.id()));
        }
        Campaign campaign = new Campaign();
        campaign.id = definition.id();
        campaign.organisationId = launcher.id;
        campaign.provinceId = launcher.provinceId;
        campaign.define(definition);
        long sequence = campaign.nextEventSequence(Moments.utc(clock));
        campaign.persist();
        events.changed(Change.CREATED, campaign, sequence, actor);
        audit.campaign(AuditAction.CAMPAIGN_CREATED, null, null, campaign);
        return campaign;
    }

    /** Replaces the definition of a campaign not yet closed; its id and launching organisation stay. */
    @Transactional
    public Campaign redefine(Campaign campaign, CampaignDefinition request, String actor) {
        CampaignDefinition definition = request.normalised();
        if (!definition.id().equals(campaign.id)) {
            throw InvalidRequestProblem.ofField("id", RegistryMessages.CAMPAIGN_ID_IS.text(campaign.id));
        }
        if (!definition.organisationId().equals(campaign.organisationId)) {
            throw InvalidRequestProblem.ofField("organisationId",
                    RegistryMessages.LAUNCHER_STAYS.text(campaign.organisationId));
        }
        if (campaign.status == CampaignStatus.CLOSED) {
            throw new ConflictProblem(RegistryMessages.CAMPAIGN_CLOSED.text(campaign.id));
        }
        launcher(definition, campaign.provinceId);
        CampaignDefinition before = campaign.definition();
        if (!definition.equals(before)) {
            campaign.define(definition);
            events.changed(Change.UPDATED, campaign, campaign.nextEventSequence(Moments.utc(clock)), actor);
            audit.campaign(AuditAction.CAMPAIGN_UPDATED, before, campaign.status.name(), campaign);
        }
        return campaign;
    }

    /** DRAFT → OPEN: units may register models from the first day of the period to the registration deadline. */
    @Transactional
    public Campaign open(Campaign campaign, String actor) {
        return move(campaign, CampaignStatus.DRAFT, CampaignStatus.OPEN, Change.OPENED, actor);
    }

    /** OPEN → CLOSED: nothing new is registered; the models already in recognition go on. */
    @Transactional
    public Campaign close(Campaign campaign, String actor) {
        return move(campaign, CampaignStatus.OPEN, CampaignStatus.CLOSED, Change.CLOSED, actor);
    }

    /** The seed file's campaigns: created or redefined as in the file, and open. */
    @Transactional
    public void seed(CampaignDefinition definition) {
        Campaign campaign = Campaign.<Campaign>findByIdOptional(definition.id())
                .map(existing -> redefine(existing, definition, "seed"))
                .orElseGet(() -> create(null, definition, "seed"));
        if (campaign.status == CampaignStatus.DRAFT) {
            open(campaign, "seed");
        }
    }

    private Campaign move(Campaign campaign, CampaignStatus from, CampaignStatus to, Change change, String actor) {
        if (campaign.status != from) {
            throw new ConflictProblem(RegistryMessages.CAMPAIGN_NOT_IN_STATUS.text(campaign.id, campaign.status, from));
        }
        campaign.status = to;
        events.changed(change, campaign, campaign.nextEventSequence(Moments.utc(clock)), actor);
        audit.campaign(AuditAction.valueOf("CAMPAIGN_" + change.name()), campaign.definition(), from.name(), campaign);
        return campaign;
    }

    /**
     * The organisation launching the campaign, checked with the definition's own rules.
     *
     * @param provinceId the admin's province; null for the seed file
     */
    private static Organisation launcher(CampaignDefinition definition, String provinceId) {
        Organisation launcher = Organisation.byId(definition.organisationId())
                .filter(org -> provinceId == null || org.provinceId.equals(provinceId))
                .filter(org -> org.active)
                .orElseThrow(() -> InvalidRequestProblem.ofField("organisationId",
                        RegistryMessages.NO_ACTIVE_ORGANISATION_IN_PROVINCE.text(definition.organisationId())));
        List<Problem.Violation> violations = definition.inconsistencies(launcher.kind);
        if (!violations.isEmpty()) {
            throw new InvalidRequestProblem(RegistryMessages.CAMPAIGN_INCONSISTENT.text(), violations);
        }
        return launcher;
    }
}
