package vn.dvk.kit.tracing;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvk.kit.events.InboxConsumer;
import vn.dvk.kit.events.IncomingEvent;

/** Takes the traced events in one record at a time, as registry and recognition do. */
@ApplicationScoped
public class SingleRecordConsumer extends InboxConsumer {

    static final String TOPIC = "kit.traced-events";

    @Incoming("traced-single")
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
        return () -> Handled.applied(event.key());
    }
}
