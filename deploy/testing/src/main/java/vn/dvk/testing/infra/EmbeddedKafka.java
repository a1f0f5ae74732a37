package vn.dvk.testing.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node KRaft Kafka broker (combined broker and controller) running inside this JVM, built
 * from the Kafka jars: what the tests and the local launcher use instead of a container.
 */
public final class EmbeddedKafka implements AutoCloseable {

    /** A fixed cluster id lets a persistent data directory be started again. */
    private static final String CLUSTER_ID = "ZHZrLWxvY2FsLWthZmthMA";

    private final KafkaClusterTestKit cluster;

    private EmbeddedKafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    /** A throw-away broker whose logs are deleted on close. */
    public static EmbeddedKafka startEphemeral(Duration timeout) throws Exception {
        return start(null, timeout);
    }

    /**
     * Starts a broker and waits until it serves clients.
     *
     * @param dataDirectory where the logs live across restarts; {@code null} for a temporary one
     */
    public static EmbeddedKafka start(Path dataDirectory, Duration timeout) throws Exception {
        TestKitNodes.Builder nodes = new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .setClusterId(CLUSTER_ID)
                // The kit's default is the newest, unstable metadata version.
                .setBootstrapMetadataVersion(MetadataVersion.latestProduction());
        boolean formatted = false;
        if (dataDirectory != null) {
            Files.createDirectories(dataDirectory);
            nodes.setBaseDirectory(dataDirectory);
            formatted = isFormatted(dataDirectory);
        }
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes.build())
                .setDeleteOnClose(dataDirectory == null)
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "5")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("min.insync.replicas", "1")
                .setConfigProp("auto.create.topics.enable", "true")
                .setConfigProp("num.partitions", "3")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        try {
            if (!formatted) {
                cluster.format();
            }
            CompletableFuture<Void> ready = CompletableFuture.runAsync(() -> {
                try {
                    cluster.startup();
                    cluster.waitForReadyBrokers();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            cluster.close();
            throw new IllegalStateException("Kafka broker not ready within " + timeout
                    + " (KRaft quorum formation is slow on a loaded machine; try again)", e);
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
        return new EmbeddedKafka(cluster);
    }

    private static boolean isFormatted(Path dataDirectory) throws Exception {
        try (var files = Files.walk(dataDirectory, 3)) {
            return files.anyMatch(f -> f.getFileName().toString().equals("meta.properties"));
        }
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
