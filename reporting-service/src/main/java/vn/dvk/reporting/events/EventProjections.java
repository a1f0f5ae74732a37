package vn.dvk.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import vn.dvk.kit.domain.Level;
import vn.dvk.kit.events.EventReader;
import vn.dvk.kit.events.IncomingEvent;
import vn.dvk.kit.events.UnprocessableEvent;
import vn.dvk.reporting.projection.Campaigns;
import vn.dvk.reporting.projection.ModelFact;
import vn.dvk.reporting.projection.Projector;

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

    private static final String DRAFTED = "dvk.registry.model.drafted.v1";
    private static final String UPDATED = "dvk.registry.model.updated.v1";
    private static final String SUBMITTED = "dvk.registry.model.submitted.v1";
    private static final String RESUBMITTED = "dvk.registry.model.resubmitted.v1";
    private static final String WITHDRAWN = "dvk.registry.model.withdrawn.v1";
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

    public EventProjections(EventReader reader, Projector projector, Campaigns campaigns) {
        this.reader = reader;
        this.projector = projector;
        this.campaigns = campaigns;
    }

    /** What the event does; {@link Projection#NONE} for types reporting does not count. */
    public Projection read(IncomingEvent event) {
        return switch (event.topic()) {
            case MODEL_EVENTS -> readModelEvent(event);
            case CASE_EVENTS -> readCaseEvent(event);
            case CAMPAIGN_EVENTS -> readCampaignEvent(event);
            default -> throw new UnprocessableEvent("Reporting does not follow " + event.topic());
        };
    }

    private Projection readModelEvent(IncomingEvent event) {
        return switch (event.type()) {
            case DRAFTED, UPDATED -> {
                ModelEvent e = reader.read(event, ModelEvent.class,
                        m -> m.hasModelAndPath() && m.content() != null && m.changedAt() != null);
                yield schema -> projector.changeModel(schema, e.modelId(), e.content().campaignId(), e.path(),
                        e.changedAt(), fact -> {
                            fact.field = e.content().field();
                            fact.kind = e.content().kind();
                            fact.ownerKind = e.content().ownerKind();
                            fact.title = e.content().title();
                            fact.summary = e.content().summary();
                            fact.replicatesModelId = e.content().replicatesModelId();
                        });
            }
            case SUBMITTED, RESUBMITTED -> {
                ModelEvent e = reader.read(event, ModelEvent.class, m -> m.isComplete() && m.submittedAt() != null
                        && m.level() != null);
                boolean resubmitted = RESUBMITTED.equals(event.type());
                yield schema -> projector.changeModel(schema, e.modelId(), e.campaignId(), e.path(), e.submittedAt(),
                        fact -> {
                            fact.submitted = true;
                            if (fact.registeredOn == null) {
                                fact.registeredOn = projector.day(e.submittedAt());
                            }
                            fact.field = e.field() != null ? e.field() : fact.field;
                            fact.kind = e.kind() != null ? e.kind() : fact.kind;
                            fact.ownerKind = e.ownerKind() != null ? e.ownerKind() : fact.ownerKind;
                            fact.title = e.title() != null ? e.title() : fact.title;
                            if (resubmitted) { // recognition resumes the case where it was returned, without an event
                                fact.returned = false;
                                underReview(fact, e.level(), e.submittedAt());
                            }
                        });
            }
            case WITHDRAWN -> {
                ModelEvent e = reader.read(event, ModelEvent.class,
                        m -> m.hasModelAndPath() && m.withdrawnAt() != null);
                yield schema -> projector.changeModel(schema, e.modelId(), null, e.path(), e.withdrawnAt(), fact -> {
                    fact.withdrawn = true;
                    fact.returned = false;
                    fact.reviewLevel = null;
                    fact.reviewSince = null;
                });
            }
            default -> Projection.NONE;
        };
    }

    private Projection readCaseEvent(IncomingEvent event) {
        return switch (event.type()) {
            case CASE_OPENED, NOMINATED -> {
                ModelEvent e = readCase(event);
                yield schema -> projector.changeModel(schema, e.modelId(), e.campaignId(), e.path(), e.occurredAt(),
                        fact -> underReview(fact, e.level(), e.occurredAt()));
            }
            case RECOGNIZED -> {
                ModelEvent e = readCase(event);
                yield schema -> projector.changeModel(schema, e.modelId(), e.campaignId(), e.path(), e.occurredAt(),
                        fact -> {
                            if (fact.recognizedLevel == null || fact.recognizedLevel.compareTo(e.level()) < 0) {
                                fact.recognizedLevel = e.level();
                                fact.recognizedOn = projector.day(e.occurredAt());
                                fact.decisionNumber = e.decision() != null ? e.decision().number() : null;
                                fact.decisionIssuedOn = e.decision() != null ? e.decision().issuedOn() : null;
                            }
                            fact.reviewLevel = null;
                            fact.reviewSince = null;
                        });
            }
            case RETURNED, DECLINED -> {
                ModelEvent e = readCase(event);
                boolean returned = RETURNED.equals(event.type());
                yield schema -> projector.changeModel(schema, e.modelId(), e.campaignId(), e.path(), e.occurredAt(),
                        fact -> {
                            fact.returned = returned;
                            fact.declined = !returned;
                            fact.reviewLevel = null;
                            fact.reviewSince = null;
                        });
            }
            case REVOKED -> {
                ModelEvent e = readCase(event);
                yield schema -> projector.changeModel(schema, e.modelId(), e.campaignId(), e.path(), e.occurredAt(),
                        fact -> revoke(fact, e.recognizedLevel()));
            }
            case COMMENDATION_AWARDED -> {
                CommendationEvent e = reader.read(event, CommendationEvent.class, CommendationEvent::isComplete);
                yield schema -> projector.commendationAwarded(schema, e.commendationId(), e.form(), e.level(),
                        e.recipientKind(), e.path(), e.occurredAt());
            }
            case DECISION_ISSUED -> {
                DecisionEvent e = reader.read(event, DecisionEvent.class, DecisionEvent::isComplete);
                yield schema -> projector.decisionIssued(schema, e.decisionId(), e.number(), e.level(), e.nodes(),
                        e.occurredAt());
            }
            case DECISION_REVOKED -> {
                DecisionEvent e = reader.read(event, DecisionEvent.class, DecisionEvent::isComplete);
                yield schema -> projector.decisionRevoked(schema, e.decisionId(), e.commendationIds(), e.occurredAt());
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
        return schema -> campaigns.describe(schema, e.campaignId(), e.campaign().name(), e.provinceId(), windows);
    }

    private ModelEvent readCase(IncomingEvent event) {
        return reader.read(event, ModelEvent.class, e -> e.isComplete() && e.level() != null && e.occurredAt() != null);
    }

    private void underReview(ModelFact fact, Level level, java.time.OffsetDateTime at) {
        fact.reviewLevel = level;
        fact.reviewSince = projector.day(at);
    }

    /** The recognition at the revoked level and those above it fall; what stands below stays. */
    private static void revoke(ModelFact fact, Level standing) {
        fact.revoked = true;
        fact.recognizedLevel = standing;
        if (standing == null) {
            fact.recognizedOn = null;
            fact.decisionNumber = null;
            fact.decisionIssuedOn = null;
        }
        fact.reviewLevel = null;
        fact.reviewSince = null;
    }
}
