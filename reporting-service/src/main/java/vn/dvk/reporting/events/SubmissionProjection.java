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

/** Projects the registry's submissions into {@link ModelProgress}; the inbox hands each over once, in order. */
@ApplicationScoped
public class SubmissionProjection implements EventHandler {

    static final String TOPIC = "registry.model-events";
    static final String SUBMITTED = "dvk.registry.model.submitted.v1";

    private final EventInbox inbox;
    private final EventReader reader;

    public SubmissionProjection(EventInbox inbox, EventReader reader) {
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
        if (!SUBMITTED.equals(event.type())) {
            return Effect.NONE;
        }
        ModelEvent submitted = reader.read(event, ModelEvent.class, e -> e.isComplete() && e.submittedAt() != null);
        return () -> ModelProgress.lockOrCreate(submitted.modelId(), submitted.campaignId(), submitted.path())
                .submitted(submitted.submittedAt());
    }
}
