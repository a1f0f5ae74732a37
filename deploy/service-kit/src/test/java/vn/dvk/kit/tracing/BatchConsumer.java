package vn.dvk.kit.tracing;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvk.kit.events.InboxConsumer;
import vn.dvk.kit.events.IncomingEvent;

/** Takes the traced events in a poll at a time, as reporting does. */
@ApplicationScoped
public class BatchConsumer extends InboxConsumer {

    static final String TOPIC = "kit.traced-batches";

    @Incoming("traced-batch")
    @Blocking
    public void onEvents(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> list = new ArrayList<>(records.count());
        records.forEach(list::add);
        receiveAll(list);
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
