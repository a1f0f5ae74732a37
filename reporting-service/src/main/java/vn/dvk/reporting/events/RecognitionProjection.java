package vn.dvk.reporting.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvk.kit.events.InboxConsumer;
import vn.dvk.kit.events.IncomingEvent;
import vn.dvk.reporting.domain.ModelProgress;

/**
 * Projects recognitions, and their revocations, into {@link ModelProgress}; the inbox hands each over once, in order. Recognition's
 * events may be read before the registry's submission of the same model, so either creates the row.
 */
@ApplicationScoped
public class RecognitionProjection extends InboxConsumer {

    static final String TOPIC = "recognition.case-events";
    static final String RECOGNIZED = "dvk.recognition.model.recognized.v1";
    static final String REVOKED = "dvk.recognition.model.revoked.v1";

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
        if (REVOKED.equals(event.type())) {
            ModelEvent revoked = reader.read(event, ModelEvent.class, e -> e.isComplete() && e.level() != null);
            return () -> ModelProgress.lockOrCreate(revoked.modelId(), revoked.campaignId(), revoked.path())
                    .revoked(revoked.level());
        }
        if (!RECOGNIZED.equals(event.type())) {
            return Effect.NONE; // nominations and other types: nothing to count yet
        }
        ModelEvent recognized = reader.read(event, ModelEvent.class,
                e -> e.isComplete() && e.level() != null && e.occurredAt() != null);
        return () -> ModelProgress.lockOrCreate(recognized.modelId(), recognized.campaignId(), recognized.path())
                .recognized(recognized.level(), recognized.occurredAt());
    }
}
