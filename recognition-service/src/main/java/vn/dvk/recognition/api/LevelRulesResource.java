package vn.dvk.recognition.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.audit.AuditLog;
import vn.dvk.kit.problems.NotFoundProblem;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.time.Moments;
import vn.dvk.kit.transactions.Writes;
import vn.dvk.recognition.audit.AuditAction;
import vn.dvk.recognition.domain.Campaign;
import vn.dvk.recognition.domain.LevelRules;
import vn.dvk.recognition.domain.RecognitionMessages;

@Path("/api/v1/criteria/{campaignId}/{level}")
@Tag(name = "Criteria", description = "How a campaign's committees score and decide at each level")
@SecurityRequirement(name = "SecurityScheme")
public class LevelRulesResource {

    private final Caller caller;
    private final AuditLog audit;
    private final Clock clock;

    public LevelRulesResource(Caller caller, AuditLog audit, Clock clock) {
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "getLevelRules", summary = "The criteria, pass threshold and council requirement of a "
            + "campaign's level", description = "404 when the level has none (it then recognises on the committee's "
            + "word) or the campaign is another province's")
    public LevelRulesView get(@PathParam("campaignId") String campaignId, @PathParam("level") Level level) {
        Campaign campaign = Campaign.findById(campaignId);
        if (campaign == null || !campaign.isVisibleTo(caller.orgId())) {
            throw noCampaign(campaignId);
        }
        return LevelRules.of(campaignId, level).map(LevelRulesView::of).orElseThrow(() -> new NotFoundProblem(
                RecognitionMessages.NO_CRITERIA_AT_LEVEL.text(campaignId, level)));
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "setLevelRules", summary = "Set the criteria (weights totalling 100), pass threshold "
            + "(default 75) and council requirement of a campaign's level", description = "An admin of the "
            + "campaign's province; the campaign must be one recognition has heard of from the registry (404 otherwise). "
            + "Scores already given stay; their totals are recomputed as cases are scored again.")
    public LevelRulesView set(@PathParam("campaignId") String campaignId, @PathParam("level") Level level,
            @Valid @NotNull LevelRulesRequest request) {
        LevelRules.check(request.criteria());
        return Writes.commit(() -> {
            Campaign campaign = campaignOfCallersProvince(campaignId);
            LevelRules rules = LevelRules.of(campaignId, level).orElse(null);
            Object before = rules == null ? null : LevelRulesView.of(rules);
            if (rules == null) {
                rules = new LevelRules();
                rules.campaignId = campaignId;
                rules.level = level;
            }
            rules.criteria = List.copyOf(request.criteria());
            rules.passThreshold = request.passThreshold() == null ? LevelRules.DEFAULT_PASS_THRESHOLD
                    : request.passThreshold();
            rules.councilRequired = request.councilRequired();
            rules.updatedBy = caller.username();
            rules.updatedAt = Moments.utc(clock);
            rules.persist();
            LevelRules.flush();
            audit.record(AuditAction.LEVEL_RULES_SET, "campaign", campaignId, campaign.provinceId, before,
                    LevelRulesView.of(rules));
            return LevelRulesView.of(rules);
        }, () -> LevelRules.of(campaignId, level).map(LevelRulesView::of).orElse(null));
    }

    private Campaign campaignOfCallersProvince(String campaignId) {
        Campaign campaign = Campaign.findById(campaignId);
        if (campaign == null || !campaign.provinceId.equals(caller.orgId())) {
            throw noCampaign(campaignId);
        }
        return campaign;
    }

    private static NotFoundProblem noCampaign(String campaignId) {
        return new NotFoundProblem(RecognitionMessages.NO_CAMPAIGN.text(campaignId));
    }
}
