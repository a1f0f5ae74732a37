package vn.dvk.recognition.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvk.kit.events.CloudEventHeaders;
import vn.dvk.kit.events.EventReader;
import vn.dvk.recognition.domain.ReviewCase;

/**
 * Opens a case at base level for every submitted model. Delivery is at least once: a case that exists
 * already is left as it is. An event that cannot be read fails and goes to the dead-letter topic.
 */
@ApplicationScoped
public class RegistryEventsConsumer {

    static final String MODEL_SUBMITTED = "dvk.registry.model.submitted.v1";

    private final EventReader reader;

    public RegistryEventsConsumer(EventReader reader) {
        this.reader = reader;
    }

    @Incoming("registry-events")
    @Blocking
    @Transactional
    public void onEvent(ConsumerRecord<String, String> record) throws JsonProcessingException {
        if (!MODEL_SUBMITTED.equals(CloudEventHeaders.type(record))) {
            return; // types this service has no use for
        }
        SubmittedModel submitted = reader.read(record, SubmittedModel.class, SubmittedModel::isComplete);
        if (ReviewCase.findById(submitted.modelId()) != null) {
            return; // redelivered
        }
        ReviewCase.open(submitted.modelId(), submitted.sequence(), submitted.campaignId(), submitted.title(),
                submitted.field(), submitted.kind(), submitted.path()).persist();
    }
}
