package vn.dvk.k8s;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's configuration (its application.properties over the service kit's shared
 * microprofile-config.properties, production profile) says about Kafka and its database: the facts the
 * manifests must match. Read from the files the services' jars carry (SuiteConfig), so a topic added to a
 * service without its KafkaTopic and ACL fails the tests.
 */
record ServiceConfig(
        String name,
        Set<String> produces,
        Set<String> consumes,
        Set<String> deadLetters,
        Set<String> groups,
        String schema) {

    static final List<String> MODULES = List.of("registry-service", "recognition-service", "reporting-service");

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");

    static List<ServiceConfig> all() {
        List<ServiceConfig> services = new ArrayList<>();
        for (String module : MODULES) {
            services.add(read(module));
        }
        return services;
    }

    static ServiceConfig read(String service) {
        Map<String, String> config = new TreeMap<>();
        config.putAll(SuiteConfig.shared());
        config.putAll(ownProperties(service));
        return from(config);
    }

    /** A service's own application.properties, as written (no shared settings, no profile applied). */
    static Map<String, String> ownProperties(String service) {
        return SuiteConfig.service(service);
    }

    /** The production-profile view: %prod.x overrides x, other profiles are dropped. */
    static ServiceConfig from(Map<String, String> raw) {
        Map<String, String> config = new TreeMap<>();
        raw.forEach((key, value) -> {
            if (!key.startsWith("%")) {
                config.putIfAbsent(key, value);
            }
        });
        raw.forEach((key, value) -> {
            if (key.startsWith("%prod.")) {
                config.put(key.substring("%prod.".length()), value);
            }
        });
        String name = required(config, "quarkus.application.name");
        Set<String> produces = new LinkedHashSet<>();
        Set<String> consumes = new LinkedHashSet<>();
        Set<String> deadLetters = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        // the kit's outbox relay publishes to dvk.outbox.topic unless the service turns the outbox off
        if (!"false".equalsIgnoreCase(resolve(config, config.getOrDefault("dvk.outbox.enabled", "true")))) {
            produces.add(required(config, "dvk.outbox.topic"));
            // and to the further topics its events may name
            for (String topic : resolve(config, config.getOrDefault("dvk.outbox.topics", "")).split(",")) {
                if (!topic.isBlank()) {
                    produces.add(topic.strip());
                }
            }
        }
        for (String channel : channels(config, "mp.messaging.outgoing.")) {
            String prefix = "mp.messaging.outgoing." + channel + ".";
            if (enabled(config, prefix) && isKafka(config, prefix)) {
                produces.add(resolve(config, config.getOrDefault(prefix + "topic", channel)));
            }
        }
        for (String channel : channels(config, "mp.messaging.incoming.")) {
            String prefix = "mp.messaging.incoming." + channel + ".";
            if (!enabled(config, prefix) || !isKafka(config, prefix)) {
                continue;
            }
            String topic = resolve(config, config.getOrDefault(prefix + "topic", channel));
            consumes.add(topic);
            // Quarkus defaults the group to the application's name
            groups.add(resolve(config, config.getOrDefault(prefix + "group.id", name)));
            // the kit's event inbox dead-letters to <service>.<topic>.dlq, and its replay reads them back
            deadLetters.add(name + "." + topic + ".dlq");
        }
        String schema = required(config, "quarkus.flyway.schemas");
        return new ServiceConfig(name, produces, consumes, deadLetters, groups, schema);
    }

    /** Every topic this service names. */
    Set<String> topics() {
        Set<String> topics = new LinkedHashSet<>(produces);
        topics.addAll(consumes);
        topics.addAll(deadLetters);
        return topics;
    }

    /** The CloudNativePG cluster that holds this service's schema. */
    String database() {
        return schema + "-db";
    }

    /** quarkus.shutdown.timeout of the shared configuration (production profile), if set. */
    static Optional<Duration> shutdownTimeout() {
        Map<String, String> shared = SuiteConfig.shared();
        String value = shared.getOrDefault("%prod.quarkus.shutdown.timeout", shared.get("quarkus.shutdown.timeout"));
        return Optional.ofNullable(value).map(ServiceConfig::duration);
    }

    /**
     * How long the outbox relay may need at shutdown for its batch under way: until the producer has certainly
     * reported every record (dvk.kafka.producer.max-block + delivery-timeout of the shared configuration, else
     * ProducerSettings' defaults, 5 s + 20 s), plus the relay's two 5 s graces (OutboxPublisher.longestBatch).
     */
    static Duration outboxLongestBatch() {
        Map<String, String> shared = SuiteConfig.shared();
        Duration maxBlock = duration(shared.getOrDefault("dvk.kafka.producer.max-block", "5s"));
        Duration delivery = duration(shared.getOrDefault("dvk.kafka.producer.delivery-timeout", "20s"));
        return maxBlock.plus(delivery).plusSeconds(10);
    }

    static Duration duration(String value) {
        String v = value.trim();
        if (v.startsWith("P") || v.startsWith("p")) {
            return Duration.parse(v);
        }
        if (v.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        return Duration.parse("PT" + v.toUpperCase());
    }

    private static boolean enabled(Map<String, String> config, String prefix) {
        return !"false".equalsIgnoreCase(resolve(config, config.getOrDefault(prefix + "enabled", "true")));
    }

    private static boolean isKafka(Map<String, String> config, String prefix) {
        return "smallrye-kafka".equals(config.getOrDefault(prefix + "connector", "smallrye-kafka"));
    }

    private static Set<String> channels(Map<String, String> config, String prefix) {
        Set<String> channels = new LinkedHashSet<>();
        for (String key : config.keySet()) {
            if (key.startsWith(prefix)) {
                String rest = key.substring(prefix.length());
                channels.add(rest.startsWith("\"") ? rest.substring(0, rest.indexOf('"', 1) + 1)
                        : rest.substring(0, rest.indexOf('.')));
            }
        }
        return channels;
    }

    /** Resolves ${name:default} expressions against the configuration. */
    static String resolve(Map<String, String> config, String value) {
        Matcher m = EXPRESSION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = config.get(m.group(1));
            if (replacement == null) {
                replacement = m.group(2) != null ? m.group(2) : "";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(resolve(config, replacement)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String required(Map<String, String> config, String key) {
        String value = config.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("the service's configuration has no " + key);
        }
        return value;
    }
}
