package vn.dvk.recognition.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvk.kit.events.CloudEventHeaders;
import vn.dvk.recognition.domain.ReviewCase;

/**
 * Opens a case at base level for every submitted model. Delivery is at least once: a case that exists
 * already is left as it is. An event that cannot be read fails and goes to the dead-letter topic.
 */
@ApplicationScoped
public class RegistryEventsConsumer {

    static final String MODEL_SUBMITTED = "dvk.registry.model.submitted.v1";

    private final ObjectMapper mapper;

    public RegistryEventsConsumer(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Incoming("registry-events")
    @Blocking
    @Transactional
    public void onEvent(ConsumerRecord<String, String> record) throws JsonProcessingException {
        if (!MODEL_SUBMITTED.equals(CloudEventHeaders.type(record))) {
            return; // types this service has no use for
        }
        SubmittedModel submitted = mapper.readValue(record.value(), SubmittedModel.class);
        if (!submitted.isComplete()) {
            throw new IllegalArgumentException("Event " + CloudEventHeaders.id(record) + " lacks required fields");
        }
        if (ReviewCase.findById(submitted.modelId()) != null) {
            return; // redelivered
        }
        ReviewCase.open(submitted.modelId(), submitted.sequence(), submitted.campaignId(), submitted.title(),
                submitted.field(), submitted.kind(), submitted.path()).persist();
    }
}
