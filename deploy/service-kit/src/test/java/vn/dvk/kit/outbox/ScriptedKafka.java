package vn.dvk.kit.outbox;

import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Kafka's MockProducer, with acknowledgements given by the test one at a time ({@code completeNext},
 * {@code errorNext}) and, on request, a send refused on the spot as a full buffer or a closed producer would.
 */
class ScriptedKafka extends MockProducer<String, String> {

    private final AtomicInteger sendsUntilRefusal = new AtomicInteger(-1);

    ScriptedKafka() {
        super(false, null, new StringSerializer(), new StringSerializer());
    }

    /** The n-th send from now (1 = the next) throws instead of taking the record. */
    void refuseSend(int n) {
        sendsUntilRefusal.set(n);
    }

    @Override
    public synchronized Future<RecordMetadata> send(ProducerRecord<String, String> record, Callback callback) {
        if (sendsUntilRefusal.get() > 0 && sendsUntilRefusal.decrementAndGet() == 0) {
            throw new KafkaException("buffer full (scripted)");
        }
        return super.send(record, callback);
    }

    /** Fails every send not yet acknowledged, as closing a real producer without waiting does. */
    void failIncomplete() {
        while (errorNext(new KafkaException("producer closed (scripted)"))) {
            // one pending send failed per call
        }
    }
}
