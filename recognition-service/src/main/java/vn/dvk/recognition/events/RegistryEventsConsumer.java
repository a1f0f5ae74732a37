package vn.dvk.recognition.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvk.kit.events.EventHandler;
import vn.dvk.kit.events.EventInbox;
import vn.dvk.kit.events.EventReader;
import vn.dvk.kit.events.IncomingEvent;
import vn.dvk.recognition.domain.ReviewCase;

/** Opens a case at base level for every submitted model; the inbox hands each event over once, in order. */
@ApplicationScoped
public class RegistryEventsConsumer implements EventHandler {

    static final String TOPIC = "registry.model-events";
    static final String MODEL_SUBMITTED = "dvk.registry.model.submitted.v1";

    private final EventInbox inbox;
    private final EventReader reader;

    public RegistryEventsConsumer(EventInbox inbox, EventReader reader) {
        this.inbox = inbox;
        this.reader = reader;
    }

    @Incoming("registry-events")
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
        if (!MODEL_SUBMITTED.equals(event.type())) {
            return Effect.NONE; // types this service has no use for
        }
        SubmittedModel submitted = reader.read(event, SubmittedModel.class, SubmittedModel::isComplete);
        return () -> ReviewCase.openOnce(submitted.modelId(), submitted.campaignId(), submitted.title(),
                submitted.field(), submitted.kind(), submitted.path());
    }
}
