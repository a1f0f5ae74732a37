package vn.dvk.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
        int webPort,
        int postgresPort,
        Optional<Database> externalDatabase,
        Duration keycloakTimeout,
        Duration serviceTimeout,
        boolean infrastructureOnly) {

    /**
     * The options and what they mean. A source file that start.sh reads too, so that --help and a mistyped option
     * answer before the build: the one list of the launcher's options.
     */
    public static final String USAGE = resource("/dvk-local-usage.txt");

    /** An option line of the usage: two spaces, the name, {@code =PLACEHOLDER} when it takes a value. */
    private static final Pattern OPTION_LINE = Pattern.compile("^  --([a-z][a-z-]*)(=([A-Z]+))? ", Pattern.MULTILINE);

    /** Each option of the usage, and whether it takes a value. */
    static final Map<String, Boolean> OPTIONS = OPTION_LINE.matcher(USAGE).results()
            .collect(Collectors.toUnmodifiableMap(option -> option.group(1), option -> option.group(2) != null));

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
            int eq = arg.indexOf('=');
            String name = arg.startsWith("--") ? arg.substring(2, eq < 0 ? arg.length() : eq) : arg;
            Boolean takesValue = OPTIONS.get(name);
            if (takesValue == null) {
                throw new IllegalArgumentException("Unknown option: " + arg);
            }
            if (takesValue != eq >= 0) {
                throw new IllegalArgumentException(takesValue ? "--" + name + " needs a value: --" + name + "=..."
                        : "--" + name + " takes no value: " + arg);
            }
            if (name.equals("infrastructure-only")) {
                infrastructureOnly = true;
            } else {
                given.put(name, arg.substring(eq + 1));
            }
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
                port(given, "web-port", 8080),
                port(given, "postgres-port", 15432),
                external,
                seconds(given, "keycloak-timeout", 180),
                seconds(given, "service-timeout", 120),
                infrastructureOnly);
        if (!given.isEmpty()) { // in the usage, but not read above
            throw new IllegalArgumentException("Option(s) not implemented: " + given.keySet());
        }
        return options;
    }

    /** Walks up from the working directory to the checkout, so the launcher runs from any folder in it. */
    public static Path findRepoRoot(Path from) {
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

    /** The Keycloak home the build prepared (deploy/keycloak's PreparedHome), which a first start copies. */
    public Path preparedKeycloakHome() {
        return repoRoot.resolve("deploy/keycloak/target/keycloak-" + keycloakVersion);
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

    private static String resource(String name) {
        try (InputStream in = LaunchOptions.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the class path; rebuild deploy/local");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
