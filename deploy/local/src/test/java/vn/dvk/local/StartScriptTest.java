package vn.dvk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * start.sh in a checkout of its own where {@code ./mvnw} and {@code java} only leave a note that they ran: --help
 * and a mistyped option must answer without the minute-long build, valid options must reach the launcher as given.
 */
class StartScriptTest {

    @TempDir
    Path checkout;

    private Path buildNote;
    private Path javaNote;
    private Path bin;

    private record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void copyTheScript() throws IOException {
        Path local = Files.createDirectories(checkout.resolve("deploy/local"));
        Files.copy(Path.of("start.sh"), local.resolve("start.sh"));
        Path resources = Files.createDirectories(local.resolve("src/main/resources"));
        Files.copy(Path.of("src/main/resources/dvk-local-usage.txt"), resources.resolve("dvk-local-usage.txt"));
        buildNote = checkout.resolve("build-ran");
        javaNote = checkout.resolve("java-ran");
        executable(checkout.resolve("mvnw"), "echo \"$@\" > " + buildNote);
        bin = Files.createDirectories(checkout.resolve("bin"));
        executable(bin.resolve("java"), "echo \"$@\" > " + javaNote);
    }

    @Test
    void helpAnswersWithoutBuilding() throws Exception {
        Run run = run("--registry-port=9081", "--help");

        assertEquals(0, run.exitCode());
        assertEquals(LaunchOptions.USAGE, run.out().stripTrailing());
        assertFalse(Files.exists(buildNote), "built before answering --help");
        assertFalse(Files.exists(javaNote));
    }

    @Test
    void unknownOptionsAreRefusedWithoutBuilding() throws Exception {
        for (String arg : List.of("--colour=red", "--registry-po=8081", "colour", "--registry-port=x",
                "--data-dir", "--infrastructure-only=yes", "--keycloak-timeout=soon")) {
            Run run = run("--infrastructure-only", arg);

            assertEquals(2, run.exitCode(), arg);
            assertTrue(run.err().startsWith("start.sh: "), run.err());
            assertTrue(run.err().contains("--help lists the options"), run.err());
            assertFalse(Files.exists(buildNote), "built before refusing " + arg);
        }
    }

    @Test
    void validOptionsReachTheLauncherAfterTheBuild() throws Exception {
        Run run = run("--data-dir=/tmp/dvk state", "--registry-port=9081", "--infrastructure-only",
                "--keycloak-timeout=300");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("-B -q install -DskipTests", Files.readString(buildNote).strip());
        assertEquals("-jar deploy/local/target/dvk-local.jar --data-dir=/tmp/dvk state --registry-port=9081"
                + " --infrastructure-only --keycloak-timeout=300", Files.readString(javaNote).strip());
    }

    /** Runs the script with this test's java first on the PATH: no JVM nor Maven of the machine can run. */
    private Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", checkout.resolve("deploy/local/start.sh").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(checkout.toFile());
        builder.environment().put("PATH", bin + ":/usr/bin:/bin");
        Path out = checkout.resolve("out");
        Path err = checkout.resolve("err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exitCode = process.waitFor();
        return new Run(exitCode, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void executable(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
