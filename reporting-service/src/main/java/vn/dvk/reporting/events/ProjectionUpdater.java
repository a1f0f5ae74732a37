package vn.dvk.reporting.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvk.kit.events.CloudEventHeaders;
import vn.dvk.kit.events.EventReader;
import vn.dvk.reporting.domain.ModelProgress;

/**
 * Projects both topics into {@link ModelProgress}. At-least-once delivery is absorbed by the per-producer
 * sequences stored with each row; an unreadable event fails and goes to its dead-letter topic.
 */
@ApplicationScoped
public class ProjectionUpdater {

    static final String SUBMITTED = "dvk.registry.model.submitted.v1";
    static final String RECOGNIZED = "dvk.recognition.model.recognized.v1";

    private final EventReader reader;

    public ProjectionUpdater(EventReader reader) {
        this.reader = reader;
    }

    @Incoming("registry-events")
    @Blocking
    @Transactional
    public void onRegistryEvent(ConsumerRecord<String, String> record) throws JsonProcessingException {
        if (!SUBMITTED.equals(CloudEventHeaders.type(record))) {
            return;
        }
        ModelEvent event = reader.read(record, ModelEvent.class, e -> e.isComplete() && e.submittedAt() != null);
        ModelProgress.lockOrCreate(event.modelId(), event.campaignId(), event.path()).submitted(event.sequence(),
                event.submittedAt());
    }

    @Incoming("recognition-events")
    @Blocking
    @Transactional
    public void onRecognitionEvent(ConsumerRecord<String, String> record) throws JsonProcessingException {
        String type = CloudEventHeaders.type(record);
        if (type == null || !type.startsWith("dvk.recognition.")) {
            return;
        }
        boolean recognized = RECOGNIZED.equals(type);
        ModelEvent event = reader.read(record, ModelEvent.class,
                e -> e.isComplete() && (!recognized || (e.level() != null && e.occurredAt() != null)));
        ModelProgress progress = ModelProgress.lockOrCreate(event.modelId(), event.campaignId(), event.path());
        if (recognized) {
            progress.recognized(event.sequence(), event.level(), event.occurredAt());
        } else {
            progress.otherRecognitionEvent(event.sequence());
        }
    }
}
