package vn.dvk.recognition.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvk.kit.events.InboxConsumer;
import vn.dvk.kit.events.IncomingEvent;
import vn.dvk.kit.time.Moments;
import vn.dvk.recognition.domain.Cases;
import vn.dvk.recognition.domain.PastRecognitions;
import vn.dvk.recognition.domain.ModelStart;
import vn.dvk.recognition.domain.ReviewCase;

/**
 * Opens a case at base level for every submitted model (and announces it), resumes it when a returned model is
 * resubmitted, and closes it when its unit withdraws the model; keeps each model's start date from its drafted and
 * updated events, for the dates of decisions; records what became of a model of a past cycle a history import
 * recorded (its past submission opens no case under review). The inbox hands each event over once, in order.
 */
@ApplicationScoped
public class RegistryEventsConsumer extends InboxConsumer {

    static final String TOPIC = "registry.model-events";
    static final String MODEL_SUBMITTED = "dvk.registry.model.submitted.v1";
    static final String MODEL_RESUBMITTED = "dvk.registry.model.resubmitted.v1";
    static final String MODEL_WITHDRAWN = "dvk.registry.model.withdrawn.v1";
    static final String MODEL_DRAFTED = "dvk.registry.model.drafted.v1";
    static final String MODEL_UPDATED = "dvk.registry.model.updated.v1";
    static final String MODEL_HISTORY_RECORDED = "dvk.registry.model.history-recorded.v1";

    @Inject
    Cases cases;

    @Inject
    PastRecognitions past;

    @Inject
    Clock clock;

    @Incoming("registry-events")
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
        if (MODEL_DRAFTED.equals(event.type()) || MODEL_UPDATED.equals(event.type())) {
            ModelStarted started = reader.read(event, ModelStarted.class, ModelStarted::isComplete);
            return () -> ModelStart.record(started.modelId(), started.startedOn());
        }
        if (MODEL_WITHDRAWN.equals(event.type())) {
            WithdrawnModel withdrawn = reader.read(event, WithdrawnModel.class, WithdrawnModel::isComplete);
            return () -> ReviewCase.withdraw(withdrawn.modelId(), Moments.utc(clock));
        }
        if (MODEL_RESUBMITTED.equals(event.type())) {
            SubmittedModel resubmitted = reader.read(event, SubmittedModel.class, SubmittedModel::isComplete);
            return () -> ReviewCase.resume(resubmitted.modelId(), resubmitted.version(), resubmitted.person(),
                    Moments.utc(clock));
        }
        if (MODEL_HISTORY_RECORDED.equals(event.type())) {
            PastHistory history = reader.read(event, PastHistory.class, PastHistory::isComplete);
            return () -> past.record(history);
        }
        if (!MODEL_SUBMITTED.equals(event.type())) {
            return Effect.NONE; // types this service has no use for
        }
        SubmittedModel submitted = reader.read(event, SubmittedModel.class, SubmittedModel::isComplete);
        if (submitted.importId() != null) {
            // a past submission a history import recorded: its case comes with the history-recorded event that
            // follows, as it stood; a model that was never recognised has none (it is in no queue now)
            return Effect.NONE;
        }
        return () -> cases.openOnce(submitted.modelId(), submitted.version(), submitted.campaignId(), submitted.title(),
                submitted.field(), submitted.kind(), submitted.path(), submitted.person());
    }
}
