package vn.dvk.registry.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.dvk.kit.outbox.Outbox;
import vn.dvk.kit.problems.ConflictProblem;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.ProblemType;
import vn.dvk.kit.text.Text;
import vn.dvk.kit.time.Moments;
import vn.dvk.registry.audit.RegistryAudit;
import vn.dvk.registry.events.ModelEvents;

/**
 * What a unit does with its models: draft, edit, submit (again after a return), withdraw. Each change commits
 * together with the event that reports it.
 */
@ApplicationScoped
public class ModelRegistration {

    private final ModelEvents events;
    private final RegistryAudit audit;
    private final Clock clock;

    public ModelRegistration(ModelEvents events, RegistryAudit audit, Clock clock) {
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public MobilizationModel draft(Organisation unit, ModelContent content, String createdBy) {
        Campaign campaign = Campaign.<Campaign>findByIdOptional(content.campaignId())
                .filter(candidate -> candidate.status != CampaignStatus.DRAFT && candidate.isOpenTo(unit))
                .orElseThrow(() -> InvalidRequestProblem.ofField("campaignId",
                        RegistryMessages.NO_CAMPAIGN_OPEN_TO.text(content.campaignId(), unit.id)));
        OffsetDateTime now = Moments.utc(clock);
        checkRegistrationPeriod(campaign, now);
        MobilizationModel model = MobilizationModel.draft(unit, content, createdBy, now);
        model.persist();
        events.drafted(model);
        return model;
    }

    @Transactional
    public MobilizationModel edit(MobilizationModel model, ModelContent content) {
        ModelContent before = model.content();
        model.edit(content, Moments.utc(clock));
        events.updated(model);
        audit.modelEdited(model.id.toString(), Organisation.<Organisation>findById(model.unitId).provinceId, before,
                model.content());
        return model;
    }

    @Transactional
    public MobilizationModel submit(MobilizationModel model, String submittedBy) {
        OffsetDateTime now = Moments.utc(clock);
        if (model.status == ModelStatus.DRAFT) { // a resubmission answers a review, whenever it comes
            checkRegistrationPeriod(Campaign.findById(model.campaignId), now);
        }
        // the tree is read only for a first submission: a resubmission keeps the path it was submitted under
        model.submit(() -> Organisation.withAncestors(model.unitId).orElseThrow().path(), submittedBy, now).persist();
        events.submitted(model);
        return model;
    }

    /** A model of a past cycle as a history import records it, not yet written: the model, its version, its events. */
    public record PastRegistration(MobilizationModel model, ModelVersion version, List<Outbox.Pending> events) {
    }

    /**
     * A model a history import records: drafted and submitted on the past days given, outside any registration
     * period that is open now, its events stamped with those moments; the submission names the import, so that
     * recognition opens no case under review for it. Built in memory: the import writes thousands at once.
     */
    public static PastRegistration recordPast(Organisation unit, ModelContent content, OffsetDateTime draftedAt,
            OffsetDateTime submittedAt, String importId, String actor) {
        MobilizationModel model = MobilizationModel.draft(unit, content.normalised(), actor, draftedAt);
        List<Outbox.Pending> events = new ArrayList<>();
        events.add(ModelEvents.draftedInThePast(model)); // its payload is taken now, as drafted
        ModelVersion version = model.submit(unit::path, actor, submittedAt);
        events.add(ModelEvents.submittedInThePast(model, importId));
        return new PastRegistration(model, version, events);
    }

    @Transactional
    public MobilizationModel withdraw(MobilizationModel model, String reason) {
        model.withdraw(Text.nfc(reason), Moments.utc(clock));
        events.withdrawn(model);
        return model;
    }

    /**
     * Drafting and first submitting are registering: only while the campaign takes registrations, on the day
     * {@code now} is in the province (the day of the very time the model records).
     */
    private void checkRegistrationPeriod(Campaign campaign, OffsetDateTime now) {
        if (!campaign.takesRegistrationsOn(now.atZoneSameInstant(clock.getZone()).toLocalDate())) {
            throw new ConflictProblem(RegistryProblems.OUTSIDE_REGISTRATION_PERIOD,
                    RegistryMessages.REGISTRATION_PERIOD.text(campaign.id, campaign.status, campaign.startsOn,
                            campaign.registrationDeadline));
        }
    }
}
