package vn.dvk.kit.kafka;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Trusts every certificate of a mounted CA Secret, not only its {@code ca.crt}: the Kafka clients (the
 * SmallRye channels and the kit's producer, configured from {@code kafka.*}) get all the {@code *.crt} files of
 * the directory {@code dvk.kafka.trusted-certificates} names as one PEM truststore. While Strimzi replaces its
 * cluster CA's key it keeps the old certificate in the Secret beside the new {@code ca.crt}, and brokers present
 * certificates of either until it is done: a pod that starts meanwhile must trust both.
 */
public class TrustedCertificates implements ConfigSourceFactory {

    static final String DIRECTORY = "dvk.kafka.trusted-certificates";
    /** Above application.properties (250), below the environment (300), where an operator may still override. */
    static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue directory = context.getValue(DIRECTORY);
        if (directory == null || directory.getValue() == null || directory.getValue().isBlank()) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(Map.of(
                "kafka.ssl.truststore.type", "PEM",
                "kafka.ssl.truststore.certificates", certificates(Path.of(directory.getValue()))),
                "dvk-kafka-trusted-certificates", ORDINAL));
    }

    /** Every certificate of the directory's *.crt files, in name order; none at all is an error. */
    static String certificates(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            String pem = files.filter(f -> f.getFileName().toString().endsWith(".crt")).sorted()
                    .map(TrustedCertificates::read).map(String::strip).collect(Collectors.joining("\n"));
            if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
                throw new IllegalStateException("No certificate in " + directory + " (" + DIRECTORY + "): the Kafka"
                        + " brokers could not be trusted");
            }
            return pem + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the trusted certificates in " + directory, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
