package vn.dvk.registry.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvk.kit.events.EventHandler;
import vn.dvk.kit.events.EventInbox;
import vn.dvk.kit.events.EventReader;
import vn.dvk.kit.events.IncomingEvent;
import vn.dvk.kit.events.UnprocessableEvent;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.registry.domain.ModelStatus;

/**
 * Keeps each model's status in step with its recognition. The inbox applies recognition's events once each and
 * in their order per model.
 */
@ApplicationScoped
public class RecognitionEventsConsumer implements EventHandler {

    static final String TOPIC = "recognition.case-events";

    /** Recognition event types and the registry status each one means. */
    private static final Map<String, ModelStatus> STATUS_BY_TYPE = Map.of(
            "dvk.recognition.model.recognized.v1", ModelStatus.RECOGNIZED,
            "dvk.recognition.model.nominated.v1", ModelStatus.NOMINATED);

    private final EventInbox inbox;
    private final EventReader reader;

    public RecognitionEventsConsumer(EventInbox inbox, EventReader reader) {
        this.inbox = inbox;
        this.reader = reader;
    }

    @Incoming("recognition-events")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        inbox.receive(record, this);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Effect read(IncomingEvent event) {
        ModelStatus status = STATUS_BY_TYPE.get(event.type());
        if (status == null) {
            return Effect.NONE; // types this service has no use for
        }
        RecognitionOutcome outcome = reader.read(event, RecognitionOutcome.class, RecognitionOutcome::isComplete);
        return () -> {
            MobilizationModel model = MobilizationModel.findById(outcome.modelId());
            if (model == null) {
                throw new UnprocessableEvent("The event is about model " + outcome.modelId()
                        + ", which the registry does not have");
            }
            model.applyRecognition(status, outcome.level());
        };
    }
}
