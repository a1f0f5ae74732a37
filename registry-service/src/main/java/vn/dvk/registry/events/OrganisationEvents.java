package vn.dvk.registry.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.dvk.contracts.vocabulary.OrgRef;
import vn.dvk.kit.outbox.Outbox;
import vn.dvk.kit.time.Moments;
import vn.dvk.registry.domain.Organisation;
import vn.dvk.registry.domain.OrganisationEntry;
import vn.dvk.registry.domain.UnitIndicator;

/**
 * Reports each change of an organisation, and each of its monthly reports of figures, on
 * {@code registry.organisation-events}, in the transaction of the change.
 */
@ApplicationScoped
public class OrganisationEvents {

    public static final String TOPIC = "registry.organisation-events";

    /** What happened to the organisation: the last part of its event type. */
    public enum Change {
        CREATED, RENAMED, MOVED, DEACTIVATED, REACTIVATED;

        public String eventType() {
            return "dvk.registry.organisation." + name().toLowerCase() + ".v1";
        }
    }

    private final Outbox outbox;
    private final Clock clock;

    public OrganisationEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @param previous the organisation as it was before the change; null when it was just created
     * @param sequence the organisation's sequence number for this event
     */
    public void changed(Change change, Organisation org, OrganisationEntry previous, long sequence, String actor) {
        outbox.append(TOPIC, change.eventType(), org.id, new OrganisationChanged(org.id, sequence, org.provinceId,
                OrganisationEntry.of(org), previous, lineage(org), actor, Moments.utc(clock)));
    }

    /**
     * @param report the month's report as it now stands, its new version flushed
     * @param sequence the organisation's sequence number for this event
     */
    public void indicatorsReported(Organisation org, UnitIndicator report, long sequence) {
        outbox.append(TOPIC, RegistryEventTypes.ORGANISATION_INDICATORS_REPORTED, org.id, new IndicatorsReported(
                org.id, sequence, org.provinceId, report.month().toString(), report.directiveDocuments,
                report.dialogues, report.complaintsReceived, report.complaintsResolved, report.version, lineage(org),
                report.reportedBy, report.reportedAt));
    }

    private static List<OrgRef> lineage(Organisation org) {
        List<OrgRef> lineage = new ArrayList<>(org.lineage().stream().map(Organisation::ref).toList());
        Collections.reverse(lineage); // the province first
        return lineage;
    }
}
