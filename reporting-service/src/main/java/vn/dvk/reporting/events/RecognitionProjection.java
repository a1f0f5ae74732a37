package vn.dvk.reporting.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvk.kit.events.EventHandler;
import vn.dvk.kit.events.EventInbox;
import vn.dvk.kit.events.EventReader;
import vn.dvk.kit.events.IncomingEvent;
import vn.dvk.reporting.domain.ModelProgress;

/**
 * Projects recognitions into {@link ModelProgress}; the inbox hands each over once, in order. Recognition's
 * events may be read before the registry's submission of the same model, so either creates the row.
 */
@ApplicationScoped
public class RecognitionProjection implements EventHandler {

    static final String TOPIC = "recognition.case-events";
    static final String RECOGNIZED = "dvk.recognition.model.recognized.v1";

    private final EventInbox inbox;
    private final EventReader reader;

    public RecognitionProjection(EventInbox inbox, EventReader reader) {
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
        if (!RECOGNIZED.equals(event.type())) {
            return Effect.NONE; // nominations and later types: nothing to count yet
        }
        ModelEvent recognized = reader.read(event, ModelEvent.class,
                e -> e.isComplete() && e.level() != null && e.occurredAt() != null);
        return () -> ModelProgress.lockOrCreate(recognized.modelId(), recognized.campaignId(), recognized.path())
                .recognized(recognized.level(), recognized.occurredAt());
    }
}
