package vn.dvk.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.kit.events.EventReader;
import vn.dvk.kit.events.IncomingEvent;
import vn.dvk.kit.events.UnprocessableEvent;
import vn.dvk.reporting.projection.Campaigns;
import vn.dvk.reporting.projection.Indicators;
import vn.dvk.reporting.projection.ModelChange;
import vn.dvk.reporting.projection.ModelChange.Source;
import vn.dvk.reporting.projection.ModelChange.Type;
import vn.dvk.reporting.projection.Organisations;
import vn.dvk.reporting.projection.Projector;
import vn.dvk.reporting.projection.TakeUps;

/**
 * Reads an event of the topics reporting follows into what it does to the projections. Reading checks the event
 * at once (an unreadable one is dead-lettered, not held back); applying may come later, to the live schema or a
 * rebuild's.
 */
@ApplicationScoped
public class EventProjections {

    public static final String MODEL_EVENTS = "registry.model-events";
    public static final String CASE_EVENTS = "recognition.case-events";
    public static final String CAMPAIGN_EVENTS = "registry.campaign-events";
    public static final String ORGANISATION_EVENTS = "registry.organisation-events";
    static final String INDICATORS_REPORTED = "dvk.registry.organisation.indicators-reported.v1";
    /** The organisation's created, renamed, moved, deactivated and reactivated events. */
    static final String ORGANISATION_CHANGE = "dvk.registry.organisation.";

    private static final String DRAFTED = "dvk.registry.model.drafted.v1";
    private static final String UPDATED = "dvk.registry.model.updated.v1";
    private static final String SUBMITTED = "dvk.registry.model.submitted.v1";
    private static final String RESUBMITTED = "dvk.registry.model.resubmitted.v1";
    private static final String WITHDRAWN = "dvk.registry.model.withdrawn.v1";
    private static final String REPLICATION_REGISTERED = "dvk.registry.model.replication-registered.v1";
    private static final String REPLICATION_RESULT_RECORDED = "dvk.registry.model.replication-result-recorded.v1";
    private static final String CASE_OPENED = "dvk.recognition.case.opened.v1";
    private static final String RECOGNIZED = "dvk.recognition.model.recognized.v1";
    private static final String NOMINATED = "dvk.recognition.model.nominated.v1";
    private static final String RETURNED = "dvk.recognition.model.returned.v1";
    private static final String DECLINED = "dvk.recognition.model.declined.v1";
    private static final String REVOKED = "dvk.recognition.model.revoked.v1";
    private static final String COMMENDATION_AWARDED = "dvk.recognition.commendation.awarded.v1";
    private static final String DECISION_ISSUED = "dvk.recognition.decision.issued.v1";
    private static final String DECISION_REVOKED = "dvk.recognition.decision.revoked.v1";

    private final EventReader reader;
    private final Projector projector;
    private final Campaigns campaigns;
    private final Indicators indicators;
    private final TakeUps takeUps;
    private final Organisations organisations;

    public EventProjections(EventReader reader, Projector projector, Campaigns campaigns, Indicators indicators,
            TakeUps takeUps, Organisations organisations) {
        this.reader = reader;
        this.projector = projector;
        this.campaigns = campaigns;
        this.indicators = indicators;
        this.takeUps = takeUps;
        this.organisations = organisations;
    }

    /** What the event does; {@link Projection#NONE} for types reporting does not count. */
    public Projection read(IncomingEvent event) {
        return switch (event.topic()) {
            case MODEL_EVENTS -> readModelEvent(event);
            case CASE_EVENTS -> readCaseEvent(event);
            case CAMPAIGN_EVENTS -> readCampaignEvent(event);
            case ORGANISATION_EVENTS -> readOrganisationEvent(event);
            default -> throw new UnprocessableEvent("Reporting does not follow " + event.topic());
        };
    }

    private Projection readModelEvent(IncomingEvent event) {
        Type type = switch (event.type()) {
            case DRAFTED, UPDATED -> Type.CONTENT;
            case SUBMITTED -> Type.SUBMITTED;
            case RESUBMITTED -> Type.RESUBMITTED;
            case WITHDRAWN -> Type.WITHDRAWN;
            default -> null;
        };
        if (type == null) {
            return readReplicationEvent(event);
        }
        ModelEvent e = reader.read(event, ModelEvent.class, switch (type) {
            case CONTENT -> m -> m.hasModelAndPath() && m.content() != null && m.content().campaignId() != null
                    && m.changedAt() != null;
            case WITHDRAWN -> m -> m.hasModelAndPath() && m.withdrawnAt() != null;
            default -> m -> m.isComplete() && m.submittedAt() != null && m.level() != null;
        });
        ModelChange change = switch (type) {
            case CONTENT -> {
                ModelEvent.Content c = e.content();
                yield new ModelChange(e.changedAt(), Source.REGISTRY, event.sequence(), type, c.campaignId(), null,
                        null, c.field(), c.kind(), c.ownerKind(), c.title(), c.summary(), c.replicatesModelId(), null,
                        null, null);
            }
            case WITHDRAWN -> ModelChange.of(e.withdrawnAt(), Source.REGISTRY, event.sequence(), type, null, null);
            default -> new ModelChange(e.submittedAt(), Source.REGISTRY, event.sequence(), type, e.campaignId(),
                    e.level(), null, e.field(), e.kind(), e.ownerKind(), e.title(), null, null, null, null,
                    e.version());
        };
        return batch -> projector.changeModel(batch, e.modelId(), e.path(), change);
    }

    /** A take-up of a recognised model (nhân rộng), or what came of it; other types reporting does not count. */
    private Projection readReplicationEvent(IncomingEvent event) {
        return switch (event.type()) {
            case REPLICATION_REGISTERED -> {
                ReplicationEvent e = reader.read(event, ReplicationEvent.class, ReplicationEvent::isCompleteRegistration);
                yield batch -> takeUps.registered(batch.schema(), e.modelId(), e.campaignId(), e.path(),
                        e.sourceModelId(), e.sourceTitle(), e.sourcePath(), e.takenUpOn());
            }
            case REPLICATION_RESULT_RECORDED -> {
                ReplicationEvent e = reader.read(event, ReplicationEvent.class, ReplicationEvent::isCompleteResult);
                yield batch -> takeUps.resultRecorded(batch.schema(), e.modelId(), e.sourceModelId(), event.sequence(),
                        e.resultOn(), e.path());
            }
            default -> Projection.NONE;
        };
    }

    private Projection readCaseEvent(IncomingEvent event) {
        Type type = switch (event.type()) {
            case CASE_OPENED, NOMINATED -> Type.UNDER_REVIEW;
            case RECOGNIZED -> Type.RECOGNIZED;
            case RETURNED -> Type.RETURNED;
            case DECLINED -> Type.DECLINED;
            case REVOKED -> Type.REVOKED;
            default -> null;
        };
        if (type != null) {
            ModelEvent e = reader.read(event, ModelEvent.class,
                    m -> m.isComplete() && m.level() != null && m.occurredAt() != null);
            ModelEvent.Decision decision = type == Type.RECOGNIZED ? e.decision() : null;
            ModelChange change = new ModelChange(e.occurredAt(), Source.RECOGNITION, event.sequence(), type,
                    e.campaignId(), e.level(), e.recognizedLevel(), null, null, null, null, null, null,
                    decision != null ? decision.number() : null, decision != null ? decision.issuedOn() : null,
                    type == Type.RECOGNIZED ? e.version() : null);
            return batch -> projector.changeModel(batch, e.modelId(), e.path(), change);
        }
        return switch (event.type()) {
            case COMMENDATION_AWARDED -> {
                CommendationEvent e = reader.read(event, CommendationEvent.class, CommendationEvent::isComplete);
                yield batch -> projector.commendationAwarded(batch, e.commendationId(), e.form(), e.grade(),
                        e.level(), e.recipientKind(), e.path(), e.occurredAt());
            }
            case DECISION_ISSUED -> {
                DecisionEvent e = reader.read(event, DecisionEvent.class, DecisionEvent::isComplete);
                yield batch -> projector.decisionIssued(batch, e.decisionId(), e.number(), e.level(), e.nodes(),
                        e.occurredAt());
            }
            case DECISION_REVOKED -> {
                DecisionEvent e = reader.read(event, DecisionEvent.class, DecisionEvent::isComplete);
                yield batch -> projector.decisionRevoked(batch, e.decisionId(), e.commendationIds(), e.occurredAt());
            }
            default -> Projection.NONE;
        };
    }

    private Projection readCampaignEvent(IncomingEvent event) {
        if (!event.type().startsWith("dvk.registry.campaign.")) {
            return Projection.NONE;
        }
        CampaignChanged e = reader.read(event, CampaignChanged.class, CampaignChanged::isComplete);
        Map<Level, LocalDate[]> windows = new EnumMap<>(Level.class);
        e.campaign().reviewWindows().forEach(w -> windows.put(w.level(), new LocalDate[] {w.opensOn(), w.closesOn()}));
        return batch -> campaigns.describe(batch.schema(), e.campaignId(), e.campaign().movement(),
                e.campaign().name(), e.provinceId(), windows);
    }

    /** Units' indicators count; an organisation's other changes do not (names come with the models' paths). */
    private Projection readOrganisationEvent(IncomingEvent event) {
        if (event.type() != null && event.type().startsWith(ORGANISATION_CHANGE)
                && !INDICATORS_REPORTED.equals(event.type())) {
            OrganisationChanged e = reader.read(event, OrganisationChanged.class, OrganisationChanged::isComplete);
            return batch -> organisations.issuer(batch.schema(), e.lineage(), e.issuerJson());
        }
        if (!INDICATORS_REPORTED.equals(event.type())) {
            return Projection.NONE;
        }
        IndicatorsReported e = reader.read(event, IndicatorsReported.class, IndicatorsReported::isComplete);
        return batch -> indicators.reported(batch.schema(), e.organisationId(), e.period(), e.version(), e.lineage(),
                e.directiveDocuments(), e.dialogues(), e.complaintsReceived(), e.complaintsResolved(),
                projector.day(e.reportedAt()));
    }
}
