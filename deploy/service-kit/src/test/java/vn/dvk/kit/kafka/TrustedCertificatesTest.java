package vn.dvk.kit.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.security.ssl.DefaultSslEngineFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kafka clients trust every certificate of the mounted CA Secret: during Strimzi's CA key replacement the old
 * certificate sits beside the new {@code ca.crt}, and a pod starting then must trust brokers presenting either.
 */
class TrustedCertificatesTest {

    @TempDir
    Path secret;

    @Test
    void everyCertificateOfTheSecretIsTrustedByTheKafkaClient() throws Exception {
        // as Strimzi's cluster CA Secret holds them mid-replacement: the new CA and the old one, and the PKCS#12
        Files.writeString(secret.resolve("ca.crt"), certificate("new-ca"));
        Files.writeString(secret.resolve("ca-2026-11-30T00-00-00Z.crt"), certificate("old-ca"));
        Files.write(secret.resolve("ca.p12"), new byte[] {0x30, 0x01});
        Files.writeString(secret.resolve("ca.password"), "not a certificate");

        SmallRyeConfig config = new SmallRyeConfigBuilder().addDiscoveredSources()
                .withDefaultValue(TrustedCertificates.DIRECTORY, secret.toString()).build();
        assertEquals("PEM", config.getRawValue("kafka.ssl.truststore.type"));

        // what the client makes of these two settings, beside its defaults
        Map<String, Object> client = new HashMap<>();
        client.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, config.getRawValue("kafka.ssl.truststore.type"));
        client.put(SslConfigs.SSL_TRUSTSTORE_CERTIFICATES_CONFIG, config.getRawValue("kafka.ssl.truststore.certificates"));
        try (DefaultSslEngineFactory factory = new DefaultSslEngineFactory()) {
            factory.configure(new ConfigDef().withClientSslSupport().parse(client));
            KeyStore truststore = factory.truststore();
            assertEquals(2, truststore.size(), "both CA certificates must be trusted: " + Collections.list(truststore.aliases()));
        }
    }

    @Test
    void noDirectoryConfiguredAddsNothing() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDiscoveredSources().build();
        assertTrue(config.getOptionalValue("kafka.ssl.truststore.certificates", String.class).isEmpty());
    }

    @Test
    void aSecretWithoutCertificatesStopsTheServiceRatherThanTrustNothing() throws Exception {
        Files.writeString(secret.resolve("ca.password"), "x");
        assertThrows(IllegalStateException.class, () -> TrustedCertificates.certificates(secret));
    }

    /** A self-signed CA certificate, PEM, made by the JDK's keytool. */
    private Path keystore;

    private String certificate(String alias) throws Exception {
        keystore = secret.getParent().resolve(secret.getFileName() + "-" + alias + ".p12");
        run("keytool", "-genkeypair", "-alias", alias, "-keyalg", "EC", "-dname", "CN=" + alias, "-validity", "30",
                "-keystore", keystore.toString(), "-storepass", "changeit", "-storetype", "PKCS12");
        return run("keytool", "-exportcert", "-rfc", "-alias", alias, "-keystore", keystore.toString(),
                "-storepass", "changeit", "-storetype", "PKCS12");
    }

    private static String run(String... command) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", command[0]);
        command[0] = keytool.toString();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        return out;
    }
}
