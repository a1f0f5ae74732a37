package vn.dvk.registry.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.dvk.kit.events.CloudEventHeaders;
import vn.dvk.kit.events.EventReader;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.registry.domain.ModelStatus;

/**
 * Keeps each model's status in step with its recognition. Delivery is at least once: the model's stored
 * recognition sequence makes a redelivered event a no-op. An event that cannot be applied fails, and the
 * connector moves it to the dead-letter topic so the stream goes on.
 */
@ApplicationScoped
public class RecognitionEventsConsumer {

    private static final Logger LOG = Logger.getLogger(RecognitionEventsConsumer.class);

    /** Recognition event types and the registry status each one means. */
    private static final Map<String, ModelStatus> STATUS_BY_TYPE = Map.of(
            "dvk.recognition.model.recognized.v1", ModelStatus.RECOGNIZED,
            "dvk.recognition.model.nominated.v1", ModelStatus.NOMINATED);

    private final EventReader reader;

    public RecognitionEventsConsumer(EventReader reader) {
        this.reader = reader;
    }

    @Incoming("recognition-events")
    @Blocking
    @Transactional
    public void onEvent(ConsumerRecord<String, String> record) throws JsonProcessingException {
        String type = CloudEventHeaders.type(record);
        ModelStatus status = STATUS_BY_TYPE.get(type);
        if (status == null) {
            LOG.debugf("Ignoring event type %s", type); // types this service has no use for
            return;
        }
        RecognitionOutcome outcome = reader.read(record, RecognitionOutcome.class, RecognitionOutcome::isComplete);
        MobilizationModel model = MobilizationModel.findById(outcome.modelId());
        if (model == null) {
            throw new IllegalStateException("Event " + CloudEventHeaders.id(record) + " is about unknown model "
                    + outcome.modelId());
        }
        model.applyRecognition(outcome.sequence(), status, outcome.level());
    }
}
