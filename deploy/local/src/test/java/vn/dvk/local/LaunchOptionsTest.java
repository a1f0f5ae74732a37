package vn.dvk.local;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchOptionsTest {

    @TempDir
    Path repo;

    @Test
    void defaultsSuitOneDeveloperMachine() throws Exception {
        Path workingDir = checkout().resolve("deploy/local");

        LaunchOptions options = LaunchOptions.parse(List.of(), Map.of(), workingDir);

        assertEquals(repo, options.repoRoot());
        assertEquals(repo.resolve("deploy/local/.data"), options.dataDir());
        assertEquals(List.of(8180, 8081, 8082, 8083, 8080, 15432), List.of(options.keycloakPort(),
                options.registryPort(), options.recognitionPort(), options.reportingPort(), options.webPort(),
                options.postgresPort()));
        assertEquals(Optional.empty(), options.externalDatabase());
        assertFalse(options.infrastructureOnly());
        assertTrue(options.keycloakDistribution().toString().endsWith(".zip"), "resolved by the build");
    }

    @Test
    void optionsAndEnvironmentOverrideTheDefaults() throws Exception {
        checkout();

        LaunchOptions options = LaunchOptions.parse(
                List.of("--data-dir=state", "--keycloak-port=18180", "--registry-port=18081", "--infrastructure-only"),
                Map.of("DVK_DB_URL", "jdbc:postgresql://db:5432/dvk", "DVK_DB_USER", "dvk", "DVK_DB_PASSWORD", "s3cret"),
                repo);

        assertEquals(repo.resolve("state"), options.dataDir());
        assertEquals(18180, options.keycloakPort());
        assertEquals(18081, options.registryPort());
        assertEquals(8082, options.recognitionPort());
        assertTrue(options.infrastructureOnly());
        assertEquals(Optional.of(new Database("jdbc:postgresql://db:5432/dvk", "dvk", "s3cret")),
                options.externalDatabase());
    }

    @Test
    void mistakesAreNamed() throws Exception {
        checkout();

        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--colour=red"), Map.of(), repo));
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--registry-port=x"), Map.of(), repo));
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of(), Map.of(), repo.getParent()));
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--data-dir"), Map.of(), repo));
        assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse(List.of("--infrastructure-only=yes"), Map.of(), repo));
    }

    /** start.sh accepts what the usage lists: each of those must mean something to the launcher. */
    @Test
    void everyOptionOfTheUsageIsUnderstood() throws Exception {
        checkout();
        assertEquals(12, LaunchOptions.OPTIONS.size(), LaunchOptions.OPTIONS.toString());

        LaunchOptions.OPTIONS.forEach((name, takesValue) -> {
            String arg = "--" + name + (takesValue ? "=1" : ""); // "1" is a port, seconds or a path
            assertDoesNotThrow(() -> LaunchOptions.parse(List.of(arg), Map.of(), repo), arg);
        });
    }

    private Path checkout() throws Exception {
        Files.createDirectories(repo.resolve("registry-service"));
        Files.createDirectories(repo.resolve("deploy/local"));
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        return repo;
    }
}
