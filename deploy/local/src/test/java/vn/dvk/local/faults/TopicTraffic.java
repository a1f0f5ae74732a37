package vn.dvk.local.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What went over the topics between two moments, read with a plain consumer outside any group: records per topic
 * and how many distinct events ({@code ce_id}) they carried; the difference is events sent more than once.
 */
public final class TopicTraffic {

    /** Records on one topic and the distinct events among them. */
    public record Count(long records, long distinctEvents) {
        public long resent() {
            return records - distinctEvents;
        }
    }

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private final String bootstrapServers;

    public TopicTraffic(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Where every partition of every application topic ends now: the start mark of a scenario. */
    public Map<TopicPartition, Long> mark() {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.listTopics(Duration.ofSeconds(30)).values().stream()
                    .flatMap(List::stream)
                    .filter(p -> !p.topic().startsWith("__"))
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            return new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
        }
    }

    /** Counts, per topic, what was appended since the mark (topics created since then count from their start). */
    public Map<String, Count> since(Map<TopicPartition, Long> start) {
        Map<TopicPartition, Long> end = mark();
        Map<String, Count> counts = new TreeMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            Map<String, List<TopicPartition>> byTopic = new HashMap<>();
            end.keySet().forEach(p -> byTopic.computeIfAbsent(p.topic(), t -> new java.util.ArrayList<>()).add(p));
            for (var topic : byTopic.entrySet()) {
                counts.put(topic.getKey(), count(consumer, topic.getValue(), start, end));
            }
        }
        return counts;
    }

    private static Count count(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions,
            Map<TopicPartition, Long> start, Map<TopicPartition, Long> end) {
        consumer.assign(partitions);
        partitions.forEach(p -> consumer.seek(p, start.getOrDefault(p, 0L)));
        long records = 0;
        Set<String> ids = new HashSet<>();
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Could not read " + partitions + " up to " + end + " within "
                        + READ_TIMEOUT);
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                    continue; // appended after the end mark
                }
                records++;
                Header id = record.headers().lastHeader("ce_id");
                ids.add(id == null ? "no ce_id at offset " + record.offset() : new String(id.value(),
                        StandardCharsets.UTF_8));
            }
        }
        return new Count(records, ids.size());
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Counting must not create the dead-letter topics it looks for.
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
