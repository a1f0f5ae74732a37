package vn.dvk.keycloak;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dvk.testing.suite.ChildProcess;

/**
 * Keycloak in development mode (H2 database inside its home, plain HTTP) with the DVK realm imported on the
 * first start. Later starts keep the realm as it is (import strategy IGNORE_EXISTING): to pick up an edited
 * realm file, delete {@code <home>/data/h2}.
 */
public record KeycloakProcess(Path home, int port) {

    public static final String NAME = "keycloak";
    public static final String REALM = "dvk";

    /** Demo administrator of the master realm; the dev-mode server is reachable from this machine only. */
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    /**
     * JVM options added to Keycloak's own (kc.sh's {@code JAVA_OPTS_APPEND}), from this system property: the
     * end-to-end tests run it with C1 only, as their other JVMs; the launcher sets nothing and keeps the JDK's
     * defaults for a server that runs all day.
     */
    public static final String JAVA_OPTIONS_PROPERTY = "dvk.keycloak.java-options";

    public ChildProcess start(Path realmFile, Path log) throws IOException {
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(realmFile, imports.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        return ChildProcess.start(NAME,
                List.of(home.resolve("bin/kc.sh").toString(), "start-dev", "--http-port=" + port, "--import-realm"),
                environment(System.getProperty(JAVA_OPTIONS_PROPERTY, "")), home, log);
    }

    static Map<String, String> environment(String javaOptions) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                // kc.sh sizes the heap from the machine's memory otherwise.
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                // The JDK running the launcher, not whatever java the PATH finds first.
                "JAVA_HOME", System.getProperty("java.home")));
        if (!javaOptions.isBlank()) {
            environment.put("JAVA_OPTS_APPEND", javaOptions.trim());
        }
        return environment;
    }

    public URI url() {
        return URI.create("http://localhost:" + port);
    }

    public URI issuer() {
        return URI.create(url() + "/realms/" + REALM);
    }

    public URI readinessUrl() {
        return URI.create(issuer() + "/.well-known/openid-configuration");
    }

    public URI tokenEndpoint() {
        return URI.create(issuer() + "/protocol/openid-connect/token");
    }
}
