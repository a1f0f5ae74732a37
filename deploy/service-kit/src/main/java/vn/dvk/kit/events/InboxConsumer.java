package vn.dvk.kit.events;

import jakarta.inject.Inject;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A service's consumer of one topic: its {@code @Incoming} method hands each record to {@link #receive}, and
 * the inbox calls back {@link #read} and the effect it returns, once per event and in order.
 */
public abstract class InboxConsumer implements EventHandler {

    @Inject
    EventInbox inbox;

    @Inject
    protected EventReader reader;

    protected void receive(ConsumerRecord<String, String> record) {
        inbox.receive(record, this);
    }

    /** The records of one poll, applied together (see {@link EventInbox#receiveAll}). */
    protected void receiveAll(List<ConsumerRecord<String, String>> records) {
        inbox.receiveAll(records, this);
    }
}
