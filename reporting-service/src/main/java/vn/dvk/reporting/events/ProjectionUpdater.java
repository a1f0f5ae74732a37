package vn.dvk.reporting.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvk.kit.events.CloudEventHeaders;
import vn.dvk.reporting.domain.ModelProgress;

/**
 * Projects both topics into {@link ModelProgress}. At-least-once delivery is absorbed by the per-producer
 * sequences stored with each row; an unreadable event fails and goes to its dead-letter topic.
 */
@ApplicationScoped
public class ProjectionUpdater {

    static final String SUBMITTED = "dvk.registry.model.submitted.v1";
    static final String RECOGNIZED = "dvk.recognition.model.recognized.v1";

    private final ObjectMapper mapper;

    public ProjectionUpdater(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Incoming("registry-events")
    @Blocking
    @Transactional
    public void onRegistryEvent(ConsumerRecord<String, String> record) throws JsonProcessingException {
        if (!SUBMITTED.equals(CloudEventHeaders.type(record))) {
            return;
        }
        ModelEvent event = read(record);
        if (event.submittedAt() == null) {
            throw new IllegalArgumentException("Event " + CloudEventHeaders.id(record) + " lacks submittedAt");
        }
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
        ModelEvent event = read(record);
        ModelProgress progress = ModelProgress.lockOrCreate(event.modelId(), event.campaignId(), event.path());
        if (RECOGNIZED.equals(type)) {
            if (event.level() == null || event.occurredAt() == null) {
                throw new IllegalArgumentException("Event " + CloudEventHeaders.id(record) + " lacks level or time");
            }
            progress.recognized(event.sequence(), event.level(), event.occurredAt());
        } else {
            progress.otherRecognitionEvent(event.sequence());
        }
    }

    private ModelEvent read(ConsumerRecord<String, String> record) throws JsonProcessingException {
        ModelEvent event = mapper.readValue(record.value(), ModelEvent.class);
        if (!event.isComplete()) {
            throw new IllegalArgumentException("Event " + CloudEventHeaders.id(record) + " lacks required fields");
        }
        return event;
    }
}
