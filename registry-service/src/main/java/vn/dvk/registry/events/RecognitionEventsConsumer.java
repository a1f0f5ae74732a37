package vn.dvk.registry.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvk.kit.events.InboxConsumer;
import vn.dvk.kit.events.IncomingEvent;
import vn.dvk.kit.events.UnprocessableEvent;
import vn.dvk.kit.text.Text;
import vn.dvk.kit.time.Moments;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.registry.domain.ModelStatus;
import vn.dvk.registry.domain.NotificationKind;
import vn.dvk.registry.domain.UnitFeed;

/**
 * Keeps each model's status in step with its recognition: recognised (by a decision, named), nominated, declined,
 * returned for revision with the reviewers' reason, or revoked; each also goes into the unit's feed. The inbox applies recognition's events
 * once each and in their order per model.
 */
@ApplicationScoped
public class RecognitionEventsConsumer extends InboxConsumer {

    static final String TOPIC = "recognition.case-events";
    static final String RECOGNIZED = "dvk.recognition.model.recognized.v1";
    static final String NOMINATED = "dvk.recognition.model.nominated.v1";
    static final String DECLINED = "dvk.recognition.model.declined.v1";
    static final String RETURNED = "dvk.recognition.model.returned.v1";
    static final String REVOKED = "dvk.recognition.model.revoked.v1";

    @Inject
    UnitFeed feed;

    @Inject
    Clock clock;

    @Incoming("recognition-events")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        receive(record);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Effect read(IncomingEvent event) {
        return switch (event.type()) {
            case RECOGNIZED -> outcome(event, ModelStatus.RECOGNIZED, NotificationKind.RECOGNIZED);
            case NOMINATED -> outcome(event, ModelStatus.NOMINATED, NotificationKind.NOMINATED);
            case DECLINED -> {
                VerdictWithReason declined = reader.read(event, VerdictWithReason.class, VerdictWithReason::isComplete);
                yield () -> {
                    MobilizationModel model = model(declined.modelId());
                    model.applyRecognition(ModelStatus.DECLINED, declined.level(), Moments.utc(clock));
                    feed.record(model, NotificationKind.DECLINED, declined.level(), Text.nfc(declined.reason()),
                            null, declined.occurredAt());
                };
            }
            case RETURNED -> {
                VerdictWithReason returned = reader.read(event, VerdictWithReason.class, VerdictWithReason::isComplete);
                yield () -> {
                    MobilizationModel model = model(returned.modelId());
                    model.applyReturn(returned.level(), Text.nfc(returned.reason()), Moments.utc(clock));
                    feed.record(model, NotificationKind.RETURNED, returned.level(), Text.nfc(returned.reason()),
                            null, returned.occurredAt());
                };
            }
            case REVOKED -> {
                RevokedRecognition revoked = reader.read(event, RevokedRecognition.class, RevokedRecognition::isComplete);
                yield () -> {
                    MobilizationModel model = model(revoked.modelId());
                    model.applyRevocation(revoked.recognizedLevel(), Moments.utc(clock));
                    feed.record(model, NotificationKind.REVOKED, revoked.level(), Text.nfc(revoked.reason()),
                            revoked.decision().number(), revoked.occurredAt());
                };
            }
            default -> Effect.NONE; // types this service has no use for
        };
    }

    private Effect outcome(IncomingEvent event, ModelStatus status, NotificationKind kind) {
        RecognitionOutcome outcome = reader.read(event, RecognitionOutcome.class, RecognitionOutcome::isComplete);
        return () -> {
            MobilizationModel model = model(outcome.modelId());
            model.applyRecognition(status, outcome.level(), Moments.utc(clock));
            feed.record(model, kind, outcome.level(), null,
                    outcome.decision() == null ? null : outcome.decision().number(), outcome.occurredAt());
        };
    }

    private static MobilizationModel model(UUID id) {
        MobilizationModel model = MobilizationModel.findById(id);
        if (model == null) {
            throw new UnprocessableEvent("The event is about model " + id + ", which the registry does not have");
        }
        return model;
    }
}
