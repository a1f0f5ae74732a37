package vn.dvk.local.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.dvk.local.DemoApi;
import vn.dvk.local.LaunchOptions;
import vn.dvk.local.LocalSuite;
import vn.dvk.local.Ports;
import vn.dvk.testing.HeadlessChromium;
import vn.dvk.testing.suite.FileTrees;

/**
 * The suite the browser tests share, started as the launcher starts it (Keycloak, a PostgreSQL, the broker, the three
 * services, the gateway serving the app) by the first test class that needs it and stopped when the test JVM's tests
 * end. Each person's day in the app is a class of its own ({@code @ExtendWith(WebSuite.class)}); starting the suite
 * once for all of them saves a start (about a minute on two cores) per class.
 *
 * <p>Failsafe runs two JVMs side by side, and several checkouts may test at once: each suite takes a free slot of
 * ports ({@link Slot}), and the realm lets the gateways of all four slots sign in. The days share the demo data, so
 * each test works on records it creates or on counts it reads at rest before and after, never on totals that
 * another day could change.
 */
public final class WebSuite implements BeforeAllCallback {

    static final String DEMO_PASSWORD = "dvk-demo";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WebSuite.class);
    private static volatile Started current;

    /** The running suite's addresses. */
    public record Started(LocalSuite suite, Path dataDir, int web, int registry, int recognition, int reporting)
            implements AutoCloseable {

        static Started start() {
            int offset = 10 * Slot.take(slot -> IntStream.of(18280, 18281, 18282, 18283, 18380)
                    .allMatch(port -> Ports.isFree(port + 10 * slot)));
            int web = 18280 + offset;
            Path dataDir;
            try {
                dataDir = Files.createTempDirectory("dvk-web-suite-");
            } catch (IOException e) {
                throw new IllegalStateException("no work directory for the web suite", e);
            }
            LocalSuite suite = new LocalSuite(LaunchOptions.parse(List.of(
                            "--data-dir=" + dataDir,
                            "--keycloak-port=" + (18380 + offset),
                            "--registry-port=" + (web + 1),
                            "--recognition-port=" + (web + 2),
                            "--reporting-port=" + (web + 3),
                            "--web-port=" + web,
                            "--postgres-port=0",
                            // a first Keycloak start on a busy two-core build machine took up to 100 s, and
                            // the services start beside it and beside the other JVM's suite; on a machine shared
                            // by several builds, minutes more
                            "--keycloak-timeout=600",
                            "--service-timeout=600"),
                    Map.of(), Path.of("").toAbsolutePath()));
            Started started = new Started(suite, dataDir, web, web + 1, web + 2, web + 3);
            try {
                suite.start();
            } catch (RuntimeException e) {
                try {
                    started.close();
                } catch (IOException | RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
            return started;
        }

        /** The app's address, as a person types it. */
        public String app() {
            return "http://localhost:" + web + "/";
        }

        /**
         * A demo user's access token, for what the test does through the APIs beside the browser: signed in once
         * and shared with the launcher's demo parts ({@link DemoApi#token}), not once per call — the days ask for
         * tokens inside awaited assertions, and each sign-in costs Keycloak a password hash.
         */
        public String token(String user) {
            try {
                return new DemoApi(suite.keycloakIssuer(), URI.create(app())).token(user);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Stops the suite, and fails the run if any of its processes outlives it: PostgreSQL detaches from the JVM
         * (pg_ctl starts it), so its pid is read from its own file, the rest are this JVM's descendants.
         */
        @Override
        public void close() throws IOException {
            // the days' browsers, kept for the next day in the pool, are not the suite's
            HeadlessChromium.quitIdle();
            Optional<ProcessHandle> postgres = postmaster();
            List<ProcessHandle> children = ProcessHandle.current().descendants().toList();
            suite.close();
            try {
                await("no process of the suite survives").atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                        assertEquals(List.of(), Stream.concat(children.stream(), postgres.stream())
                                .filter(ProcessHandle::isAlive).map(Started::describe).toList()));
            } finally {
                FileTrees.delete(dataDir);
            }
        }

        private Optional<ProcessHandle> postmaster() throws IOException {
            Path pidFile = dataDir.resolve("postgres/postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
        }

        private static String describe(ProcessHandle process) {
            return process.pid() + " " + process.info().commandLine().orElse("?");
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        current = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Started.class, type -> Started.start(), Started.class);
    }

    /** The suite this JVM's browser tests share (after {@code @ExtendWith(WebSuite.class)} started it). */
    public static Started suite() {
        if (current == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(WebSuite.class)");
        }
        return current;
    }
}
