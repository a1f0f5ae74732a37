package vn.dvk.kit.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Alternative;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dvk.kit.kafka.EventProducer;
import vn.dvk.kit.kafka.ProducerSettings;

/** The service's producer replaced by a {@link ScriptedKafka} (enabled by {@link ScriptedKafkaProfile} only). */
@Alternative
@Singleton
public class ScriptedProducer extends EventProducer {

    final ScriptedKafka kafka = new ScriptedKafka();
    final AtomicInteger discarded = new AtomicInteger();

    ScriptedProducer(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, ProducerSettings settings,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        super(kafkaConfig, settings, applicationName);
    }

    @Override
    public Producer<String, String> get() {
        return kafka;
    }

    @Override
    public void discard() {
        discarded.incrementAndGet();
        kafka.failIncomplete();
    }
}
