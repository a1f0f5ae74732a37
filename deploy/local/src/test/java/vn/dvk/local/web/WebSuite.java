package vn.dvk.local.web;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.dvk.local.LaunchOptions;
import vn.dvk.local.LocalSuite;
import vn.dvk.local.WorkDirectories;

/**
 * The suite the browser tests share, started as the launcher starts it (Keycloak, a PostgreSQL, the broker, the three
 * services, the gateway serving the app) by the first test class that needs it and stopped when the test JVM's tests
 * end. Each person's day in the app is a class of its own ({@code @ExtendWith(WebSuite.class)}); starting the suite
 * once for all of them saves a start (about two minutes on two cores) per class.
 *
 * <p>Failsafe runs two JVMs side by side: each has its own suite on its own ports ({@code dvk.fork}, 1 or 2), and the
 * realm lets both gateways' origins sign in. The days share the demo data, so each test works on records it creates
 * or on counts it reads before and after, never on totals that another day could change.
 */
public final class WebSuite implements BeforeAllCallback {

    static final String DEMO_PASSWORD = "dvk-demo";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WebSuite.class);
    private static volatile Started current;

    /** The running suite's addresses. */
    public record Started(LocalSuite suite, Path dataDir, int web, int registry, int recognition, int reporting)
            implements AutoCloseable {

        static Started start() {
            int offset = 10 * (Integer.getInteger("dvk.fork", 1) - 1);
            int web = 18280 + offset;
            try {
                Path dataDir = Files.createTempDirectory("dvk-web-suite-");
                LocalSuite suite = new LocalSuite(LaunchOptions.parse(List.of(
                                "--data-dir=" + dataDir,
                                "--keycloak-port=" + (18380 + offset),
                                "--registry-port=" + (web + 1),
                                "--recognition-port=" + (web + 2),
                                "--reporting-port=" + (web + 3),
                                "--web-port=" + web,
                                "--postgres-port=0",
                                "--keycloak-timeout=300",
                                // a loaded machine (several builds at once) starts a service in well over the default 120 s
                                "--service-timeout=300"),
                        Map.of(), Path.of("").toAbsolutePath()));
                Started started = new Started(suite, dataDir, web, web + 1, web + 2, web + 3);
                suite.start();
                return started;
            } catch (IOException e) {
                throw new IllegalStateException("no work directory for the web suite", e);
            }
        }

        /** The app's address, as a person types it. */
        public String app() {
            return "http://localhost:" + web + "/";
        }

        /** A demo user's access token, for what the test does through the APIs beside the browser. */
        public String token(String user) {
            return given().formParam("client_id", "dvk-web").formParam("grant_type", "password")
                    .formParam("username", user).formParam("password", DEMO_PASSWORD)
                    .post(suite.keycloakTokenEndpoint()).then().statusCode(200).extract().path("access_token");
        }

        @Override
        public void close() throws IOException {
            suite.close();
            WorkDirectories.deleteTree(dataDir);
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
