package vn.dvk.registry.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvk.kit.events.InboxConsumer;
import vn.dvk.kit.events.IncomingEvent;
import vn.dvk.kit.events.UnprocessableEvent;
import vn.dvk.kit.domain.Text;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.registry.domain.ModelStatus;

/**
 * Keeps each model's status in step with its recognition: recognised, nominated, declined, or returned for
 * revision with the reviewers' reason. The inbox applies recognition's events once each and in their order per model.
 */
@ApplicationScoped
public class RecognitionEventsConsumer extends InboxConsumer {

    static final String TOPIC = "recognition.case-events";
    static final String RECOGNIZED = "dvk.recognition.model.recognized.v1";
    static final String NOMINATED = "dvk.recognition.model.nominated.v1";
    static final String DECLINED = "dvk.recognition.model.declined.v1";
    static final String RETURNED = "dvk.recognition.model.returned.v1";

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
            case RECOGNIZED -> decision(event, ModelStatus.RECOGNIZED);
            case NOMINATED -> decision(event, ModelStatus.NOMINATED);
            case DECLINED -> decision(event, ModelStatus.DECLINED);
            case RETURNED -> {
                ModelReturned returned = reader.read(event, ModelReturned.class, ModelReturned::isComplete);
                yield () -> model(returned.modelId()).applyReturn(returned.level(), Text.nfc(returned.reason()));
            }
            default -> Effect.NONE; // types this service has no use for
        };
    }

    private Effect decision(IncomingEvent event, ModelStatus status) {
        RecognitionOutcome outcome = reader.read(event, RecognitionOutcome.class, RecognitionOutcome::isComplete);
        return () -> model(outcome.modelId()).applyRecognition(status, outcome.level());
    }

    private static MobilizationModel model(UUID id) {
        MobilizationModel model = MobilizationModel.findById(id);
        if (model == null) {
            throw new UnprocessableEvent("The event is about model " + id + ", which the registry does not have");
        }
        return model;
    }
}
