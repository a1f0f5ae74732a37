package vn.dvk.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The floor under any event hop: one record from a plain producer (acks=all, as the outbox relay sends) to a
 * plain consumer on the same broker, one at a time, with the clients' default settings.
 */
final class KafkaRoundTrip {

    private static final String TOPIC = "bench.round-trip";
    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    private final String bootstrapServers;

    KafkaRoundTrip(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    List<Long> measure(int warmUp, int samples) throws InterruptedException, ExecutionException,
            java.util.concurrent.TimeoutException {
        createTopic();
        List<Long> micros = new ArrayList<>(samples);
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(),
                new StringSerializer());
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(),
                        new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition); // resolve the end now, not after the first send
            for (int i = 0; i < warmUp + samples; i++) {
                String value = "sample-" + i;
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(TOPIC, 0, "key", value));
                awaitRecord(consumer, value, sent);
                if (i >= warmUp) {
                    micros.add((System.nanoTime() - sent) / 1000);
                }
            }
        }
        return micros;
    }

    private static void awaitRecord(KafkaConsumer<String, String> consumer, String value, long sent) {
        while (true) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                if (record.value().equals(value)) {
                    return;
                }
            }
            if (System.nanoTime() - sent > GIVE_UP.toNanos()) {
                throw new IllegalStateException("Record " + value + " not consumed within " + GIVE_UP);
            }
        }
    }

    private void createTopic() throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(TOPIC)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private Properties producerConfig() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return props;
    }

    private Properties consumerConfig() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return props;
    }
}
