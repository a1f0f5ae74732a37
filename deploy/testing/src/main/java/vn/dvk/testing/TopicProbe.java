package vn.dvk.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes the test broker's topics directly, to assert what a service published or to feed it. */
public final class TopicProbe {

    /** A record as the tests look at it: key, JSON value and the headers (CloudEvents attributes among them). */
    public record Event(String key, String value, Map<String, String> headers) {
        public String type() {
            return headers.get("ce_type");
        }
    }

    private static KafkaProducer<String, String> producer;
    private static String producerBootstrap;

    private TopicProbe() {
    }

    /** Waits until a record matching the predicate is on the topic, reading from the beginning. */
    public static Event await(String topic, Predicate<Event> match, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            List<Event> seen = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    Event event = toEvent(record);
                    if (match.test(event)) {
                        return event;
                    }
                    seen.add(event);
                }
            }
            throw new AssertionError("No matching record on " + topic + " within " + timeout + "; saw " + seen);
        }
    }

    /** Every record on the topic now, from the beginning to the current end of each partition. */
    public static List<Event> all(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers());
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<Event> events = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(record -> events.add(toEvent(record)));
            }
            return events;
        }
    }

    /**
     * Publishes a record with the given headers, as another service (or a broken producer) would, and waits for the
     * broker's acknowledgement.
     */
    public static void send(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, header) ->
                record.headers().add(new RecordHeader(name, header.getBytes(StandardCharsets.UTF_8))));
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    /**
     * One producer for every send to the current broker: opening one per record (its threads, a metadata fetch,
     * then a close) cost tens of milliseconds a record, and a scripted campaign sends a thousand.
     */
    private static synchronized KafkaProducer<String, String> producer() {
        String bootstrap = KafkaBrokerResource.bootstrapServers();
        if (producer == null || !bootstrap.equals(producerBootstrap)) {
            closeProducer();
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            // each send waits for its acknowledgement: no batch to wait for (Kafka 4's default lingers 5 ms)
            props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
            producerBootstrap = bootstrap;
        }
        return producer;
    }

    /** Closes the shared producer; the broker's resource calls it before the broker stops. */
    static synchronized void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
            producerBootstrap = null;
        }
    }

    private static Event toEvent(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return new Event(record.key(), record.value(), headers);
    }
}
