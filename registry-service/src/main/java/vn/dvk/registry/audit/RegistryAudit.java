package vn.dvk.registry.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import vn.dvk.kit.audit.AuditLog;
import vn.dvk.registry.domain.Campaign;
import vn.dvk.registry.domain.CampaignDefinition;
import vn.dvk.registry.domain.IndicatorFigures;
import vn.dvk.registry.domain.ModelContent;
import vn.dvk.registry.domain.Organisation;
import vn.dvk.registry.domain.OrganisationEntry;

/**
 * The registry's administrative changes in the audit trail, each in the transaction of the change: the subject
 * as it was and as it is, readable by the auditors of the province it belongs to.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RegistryAudit {

    private final AuditLog log;

    public RegistryAudit(AuditLog log) {
        this.log = log;
    }

    /** @param before null for a creation */
    public void organisation(AuditAction action, OrganisationEntry before, Organisation org) {
        log.record(action, "organisation", org.id, org.provinceId, before, OrganisationEntry.of(org));
    }

    /** An import as a whole (each organisation it created or changed has its own entry). */
    public void imported(String provinceId, Object outcome) {
        log.record(AuditAction.ORGANISATIONS_IMPORTED, "province", provinceId, provinceId, null, outcome);
    }

    /** @param before null for a creation */
    public void campaign(AuditAction action, CampaignDefinition before, String statusBefore, Campaign campaign) {
        log.record(action, "campaign", campaign.id, campaign.provinceId,
                before == null ? null : new CampaignState(statusBefore, before),
                new CampaignState(campaign.status.name(), campaign.definition()));
    }

    /** @param before null for a month's first report */
    public void indicators(Organisation org, YearMonth month, IndicatorFigures before, IndicatorFigures after) {
        log.record(AuditAction.INDICATORS_REPORTED, "organisation", org.id, org.provinceId,
                before == null ? null : new MonthFigures(month, before), new MonthFigures(month, after));
    }

    public void modelEdited(String modelId, String provinceId, ModelContent before, ModelContent after) {
        log.record(AuditAction.MODEL_EDITED, "model", modelId, provinceId, before, after);
    }

    /** A campaign as the trail keeps it: its status and definition. */
    record CampaignState(String status, CampaignDefinition definition) {
    }

    /** A month's figures as the trail keeps them. */
    record MonthFigures(YearMonth month, IndicatorFigures figures) {
    }
}
