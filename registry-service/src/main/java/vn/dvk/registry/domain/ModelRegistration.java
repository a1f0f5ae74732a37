package vn.dvk.registry.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import vn.dvk.kit.problems.BilingualText;
import vn.dvk.kit.problems.ConflictProblem;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.ProblemType;
import vn.dvk.kit.text.Text;
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

    public ModelRegistration(ModelEvents events, RegistryAudit audit) {
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    public MobilizationModel draft(Organisation unit, ModelContent content, String createdBy) {
        Campaign campaign = Campaign.<Campaign>findByIdOptional(content.campaignId())
                .filter(candidate -> candidate.status != CampaignStatus.DRAFT && candidate.isOpenTo(unit))
                .orElseThrow(() -> InvalidRequestProblem.ofField("campaignId",
                        "no campaign " + content.campaignId() + " is open to " + unit.id));
        checkRegistrationPeriod(campaign);
        MobilizationModel model = MobilizationModel.draft(unit, content, createdBy);
        model.persist();
        events.drafted(model);
        return model;
    }

    @Transactional
    public MobilizationModel edit(MobilizationModel model, ModelContent content) {
        ModelContent before = model.content();
        model.edit(content);
        events.updated(model);
        audit.modelEdited(model.id.toString(), Organisation.<Organisation>findById(model.unitId).provinceId, before,
                model.content());
        return model;
    }

    @Transactional
    public MobilizationModel submit(MobilizationModel model, String submittedBy) {
        if (model.status == ModelStatus.DRAFT) { // a resubmission answers a review, whenever it comes
            checkRegistrationPeriod(Campaign.findById(model.campaignId));
        }
        // the tree is read only for a first submission: a resubmission keeps the path it was submitted under
        model.submit(() -> Organisation.<Organisation>findById(model.unitId).path(), submittedBy).persist();
        events.submitted(model);
        return model;
    }

    @Transactional
    public MobilizationModel withdraw(MobilizationModel model, String reason) {
        model.withdraw(Text.nfc(reason));
        events.withdrawn(model);
        return model;
    }

    /** Drafting and first submitting are registering: only while the campaign takes registrations. */
    private static void checkRegistrationPeriod(Campaign campaign) {
        if (!campaign.takesRegistrationsOn(LocalDate.now(OrganisationAdministration.PROVINCE_ZONE))) {
            throw new ConflictProblem(RegistryProblems.OUTSIDE_REGISTRATION_PERIOD, BilingualText.of(
                    "Đợt thi đua " + campaign.id + " đang ở trạng thái " + campaign.status + " và nhận đăng ký từ "
                            + campaign.startsOn + " đến " + campaign.registrationDeadline,
                    "Campaign " + campaign.id + " is " + campaign.status + " and takes registrations from "
                            + campaign.startsOn + " to " + campaign.registrationDeadline));
        }
    }
}
