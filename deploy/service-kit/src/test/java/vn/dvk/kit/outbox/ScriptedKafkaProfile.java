package vn.dvk.kit.outbox;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/** The relay with a scripted producer, and short producer bounds so that an overdue acknowledgement shows fast. */
public class ScriptedKafkaProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(ScriptedProducer.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("dvk.kafka.producer.delivery-timeout", "1s", "dvk.kafka.producer.max-block", "1s",
                "dvk.kafka.producer.request-timeout", "1s");
    }
}
