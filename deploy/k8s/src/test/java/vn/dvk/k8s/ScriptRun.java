package vn.dvk.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One run of a runbook script (deploy/k8s/scripts) against stand-ins for the cluster and the network: a copy
 * of deploy/k8s in a temporary folder (so that a script may write an overlay's site.env), and a stub for each
 * command that would reach out (kubectl, curl, crane, cosign, mvnw) that records its calls and answers as told.
 * kubectl's offline parts (kustomize, client-side dry runs) are the real kubectl's.
 */
final class ScriptRun {

    static final List<String> STUBBED = List.of("kubectl", "curl", "crane", "cosign", "mvnw");

    record Result(int exit, String stdout, String stderr, Path home, Path stubs) {

        /** The calls made to a stubbed command, one line of arguments each. */
        List<String> calls(String command) {
            Path file = stubs.resolve(command + ".calls");
            return Files.exists(file) ? read(file).lines().toList() : List.of();
        }

        /** Everything the script applied with {@code kubectl apply -f -}. */
        String applied() {
            Path file = stubs.resolve("applied.yaml");
            return Files.exists(file) ? read(file) : "";
        }

        String siteEnv(String overlay) {
            return read(home.resolve("deploy/k8s/overlays").resolve(overlay).resolve("site.env"));
        }

        String output() {
            return "exit " + exit + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
        }
    }

    private final Path home;
    private final Path stubs;
    private final Path bin;

    private ScriptRun() {
        try {
            home = Files.createTempDirectory("runbook");
            stubs = Files.createDirectories(home.resolve("stubs"));
            bin = Files.createDirectories(home.resolve("bin"));
            for (String dir : List.of("base", "components", "overlays", "scripts")) {
                copyTree(Repo.k8s().resolve(dir), home.resolve("deploy/k8s").resolve(dir));
            }
            Files.copy(Repo.root().resolve("pom.xml"), home.resolve("pom.xml"));
            Path stub = Path.of(ScriptRun.class.getResource("/runbook/stub").toURI());
            for (String command : STUBBED) {
                Path target = bin.resolve(command);
                Files.copy(stub, target);
                target.toFile().setExecutable(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ScriptRun create() {
        return new ScriptRun();
    }

    /** When the command's arguments match the extended regex, it prints the output and exits with the code. */
    ScriptRun reply(String command, String regex, int exit, String output) {
        String line = regex + '\u001f' + exit + '\u001f'
                + Base64.getEncoder().encodeToString(output.getBytes(StandardCharsets.UTF_8)) + "\n";
        try {
            Files.writeString(stubs.resolve(command + ".replies"), line, StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    ScriptRun reply(String command, String regex, String output) {
        return reply(command, regex, 0, output);
    }

    /** A Secret's key as {@code kubectl get secret -o jsonpath={.data.<key>}} prints it: base64. */
    ScriptRun secret(String name, String key, String value) {
        return reply("kubectl", "get secret " + name + " .*\\{\\.data\\." + key.replace(".", "\\.") + "\\}",
                Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
    }

    /** The dvk-ops client's Secret, and Keycloak answering its client-credentials request with this token. */
    ScriptRun operatorToken(String token) {
        return secret("dvk-ops-client", "client-secret", "s3cret")
                .reply("curl", "openid-connect/token", "{\"access_token\":\"" + token + "\",\"expires_in\":900}");
    }

    Path home() {
        return home;
    }

    Result run(String script, String... args) {
        List<String> command = new ArrayList<>();
        command.add("bash");
        command.add(home.resolve("deploy/k8s/scripts").resolve(script).toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        Map<String, String> env = builder.environment();
        env.put("PATH", bin + java.io.File.pathSeparator + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("STUBS", stubs.toString());
        env.put("REAL_KUBECTL", Preconditions.kubectl().toString());
        env.put("MVNW", bin.resolve("mvnw").toString());
        env.put("DVK_POLL_SECONDS", "0");
        env.remove("KUBECTL");
        env.remove("DVK_NAMESPACE");
        try {
            Path out = stubs.resolve("script.out");
            Path err = stubs.resolve("script.err");
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(script + " did not finish in 2 minutes: " + read(err));
            }
            return new Result(process.exitValue(), read(out), read(err), home, stubs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
