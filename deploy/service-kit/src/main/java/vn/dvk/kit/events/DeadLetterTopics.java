package vn.dvk.kit.events;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads dead-letter topics, without a consumer group (nothing is committed: the topics stay as they are, the record
 * of replays is kept in the database). A listing reads only the page it shows, from where the previous one ended:
 * a topic keeps 30 days of letters, and an operator paging through them must not make every request read it all.
 */
@ApplicationScoped
class DeadLetterTopics {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    /** Where a read starts: the record of the topic and partition at this offset, or the first one after it. */
    record Position(String topic, int partition, long offset) {
    }

    private final Map<String, Object> kafkaConfig;

    DeadLetterTopics(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.kafkaConfig = kafkaConfig;
    }

    /** The whole topic, from its beginning to its current end. */
    List<ConsumerRecord<String, String>> read(String topic) {
        return read(List.of(topic), null, Integer.MAX_VALUE);
    }

    /**
     * At most {@code count} records from {@code from} on (from the beginning when null): the topics in the order
     * given, each one's partitions by number, each partition up to its end as it was when reached.
     */
    List<ConsumerRecord<String, String>> read(List<String> topics, Position from, int count) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Math.min(count, 500));
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            Map<String, List<PartitionInfo>> existing = consumer.listTopics(READ_TIMEOUT);
            int firstTopic = from == null ? 0 : topics.indexOf(from.topic());
            for (String topic : topics.subList(Math.max(firstTopic, 0), topics.size())) {
                List<Integer> partitions = existing.getOrDefault(topic, List.of()).stream() // none: nothing was ever
                        .map(PartitionInfo::partition).sorted().toList();                 // dead-lettered from it
                for (int partition : partitions) {
                    boolean resumed = from != null && topic.equals(from.topic());
                    if (resumed && partition < from.partition()) {
                        continue;
                    }
                    long start = resumed && partition == from.partition() ? from.offset() : 0;
                    readPartition(consumer, new TopicPartition(topic, partition), start, count, records, deadline);
                    if (records.size() >= count) {
                        return records;
                    }
                }
            }
            return records;
        }
    }

    private static void readPartition(KafkaConsumer<String, String> consumer, TopicPartition partition, long from,
            int count, List<ConsumerRecord<String, String>> records, long deadline) {
        List<TopicPartition> only = List.of(partition);
        consumer.assign(only);
        long end = consumer.endOffsets(only, READ_TIMEOUT).get(partition);
        long start = Math.max(from, consumer.beginningOffsets(only, READ_TIMEOUT).get(partition));
        if (start >= end) {
            return;
        }
        consumer.seek(partition, start);
        while (records.size() < count && consumer.position(partition, READ_TIMEOUT) < end) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Could not read " + partition + " within " + READ_TIMEOUT);
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                if (records.size() < count && record.offset() < end) {
                    records.add(record);
                }
            }
        }
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
