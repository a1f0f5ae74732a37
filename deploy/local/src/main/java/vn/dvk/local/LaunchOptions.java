package vn.dvk.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import vn.dvk.contracts.ContractFiles;

/**
 * What the launcher runs and where: the defaults suit one developer machine; the end-to-end test overrides
 * ports and the data directory so that it can run beside a launched suite.
 *
 * @param externalDatabase a PostgreSQL to use instead of the embedded one
 * @param infrastructureOnly start Kafka, PostgreSQL and Keycloak but not the services (to run a service with
 *     {@code quarkus:dev} against them)
 */
public record LaunchOptions(
        Path repoRoot,
        Path dataDir,
        Path keycloakDistribution,
        String keycloakVersion,
        int keycloakPort,
        int registryPort,
        int recognitionPort,
        int reportingPort,
        int postgresPort,
        Optional<Database> externalDatabase,
        Duration keycloakTimeout,
        Duration serviceTimeout,
        boolean infrastructureOnly) {

    public static final String USAGE = """
            Usage: java -jar deploy/local/target/dvk-local.jar [option...]
              --data-dir=DIR           state of Kafka, PostgreSQL and Keycloak, and the logs
                                       (default deploy/local/.data; env DVK_DATA_DIR)
              --repo-root=DIR          the DVK repository (default: found from the working directory)
              --keycloak-port=N        default 8180
              --registry-port=N        default 8081
              --recognition-port=N     default 8082
              --reporting-port=N       default 8083
              --postgres-port=N        embedded PostgreSQL, default 15432 (0: any free port)
              --keycloak-dist=ZIP      Keycloak distribution zip (default: the one Maven resolved)
              --keycloak-timeout=SEC   default 180 (the first start includes a build step)
              --service-timeout=SEC    default 120
              --infrastructure-only    Kafka, PostgreSQL and Keycloak, without the three services
            Environment: DVK_DB_URL, DVK_DB_USER, DVK_DB_PASSWORD use that PostgreSQL database instead of
            the embedded server.""";

    /**
     * Reads the command line and the environment.
     *
     * @param workingDir where the repository root is looked for unless {@code --repo-root} names it
     * @throws IllegalArgumentException on an unknown or malformed option
     */
    public static LaunchOptions parse(List<String> args, Map<String, String> env, Path workingDir) {
        Map<String, String> given = new HashMap<>();
        boolean infrastructureOnly = false;
        for (String arg : args) {
            if (arg.equals("--infrastructure-only")) {
                infrastructureOnly = true;
                continue;
            }
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("Not an option of the form --name=value: " + arg);
            }
            given.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        Properties build = buildProperties();
        Path repoRoot = Optional.ofNullable(given.remove("repo-root"))
                .map(p -> workingDir.resolve(p).normalize())
                .orElseGet(() -> findRepoRoot(workingDir));
        Path dataDir = Optional.ofNullable(given.remove("data-dir")).or(() -> Optional.ofNullable(env.get("DVK_DATA_DIR")))
                .map(p -> workingDir.resolve(p).normalize())
                .orElse(repoRoot.resolve("deploy/local/.data"));
        Path distribution = Optional.ofNullable(given.remove("keycloak-dist"))
                .map(p -> workingDir.resolve(p).normalize())
                .orElse(Path.of(build.getProperty("keycloak.distribution")));
        Optional<Database> external = Optional.ofNullable(env.get("DVK_DB_URL")).filter(url -> !url.isBlank())
                .map(url -> new Database(url, env.getOrDefault("DVK_DB_USER", "dvk"),
                        env.getOrDefault("DVK_DB_PASSWORD", "")));
        LaunchOptions options = new LaunchOptions(repoRoot, dataDir, distribution,
                build.getProperty("keycloak.version"),
                port(given, "keycloak-port", 8180),
                port(given, "registry-port", 8081),
                port(given, "recognition-port", 8082),
                port(given, "reporting-port", 8083),
                port(given, "postgres-port", 15432),
                external,
                seconds(given, "keycloak-timeout", 180),
                seconds(given, "service-timeout", 120),
                infrastructureOnly);
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("Unknown option(s): " + given.keySet());
        }
        return options;
    }

    /** Walks up from the working directory to the checkout, so the launcher runs from any folder in it. */
    static Path findRepoRoot(Path from) {
        for (Path dir = from.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("registry-service")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalArgumentException("Not inside the DVK repository (no folder above " + from
                + " holds registry-service/ and pom.xml); run from the checkout or pass --repo-root=DIR");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public Path realmFile() {
        return repoRoot.resolve("deploy/keycloak/dvk-realm.json");
    }

    /**
     * The province's tree and campaigns, then a few hundred models of its units, as the registry's
     * {@code dvk.registry.seed-file} names them: resources of dvk-contracts, which the packaged registry carries.
     */
    public List<String> demoData() {
        return List.of(ContractFiles.CLASSPATH + ContractFiles.DEMO_PROVINCE,
                ContractFiles.CLASSPATH + ContractFiles.DEMO_MODELS);
    }

    private static int port(Map<String, String> given, String name, int fallback) {
        String value = given.remove(name);
        if (value == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " is not a port number: " + value);
        }
    }

    private static Duration seconds(Map<String, String> given, String name, int fallback) {
        String value = given.remove(name);
        try {
            return Duration.ofSeconds(value == null ? fallback : Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " is not a number of seconds: " + value);
        }
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = LaunchOptions.class.getResourceAsStream("/dvk-local.properties")) {
            if (in == null) {
                throw new IllegalStateException("dvk-local.properties missing from the class path; rebuild deploy/local");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
