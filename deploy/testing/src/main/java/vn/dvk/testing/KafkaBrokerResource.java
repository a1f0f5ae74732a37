package vn.dvk.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.time.Duration;
import java.util.Map;
import vn.dvk.testing.infra.EmbeddedKafka;

/** Starts a real KRaft Kafka broker in the test JVM and points the service's Kafka clients at it. */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static volatile String bootstrapServers;
    private EmbeddedKafka kafka;

    @Override
    public Map<String, String> start() {
        try {
            kafka = EmbeddedKafka.startEphemeral(Duration.ofSeconds(90));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded Kafka broker", e);
        }
        bootstrapServers = kafka.bootstrapServers();
        return Map.of("kafka.bootstrap.servers", bootstrapServers);
    }

    /** For tests that read or write topics directly. */
    public static String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void stop() {
        TopicProbe.closeProducer();
        try {
            if (kafka != null) {
                kafka.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
