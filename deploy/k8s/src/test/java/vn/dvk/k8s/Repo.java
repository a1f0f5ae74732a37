package vn.dvk.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where things are: the repository, the manifests, the operators' CRDs, kubectl. Only this module's own files and
 * inputs from outside the build: what the other modules say comes from their jars (SuiteConfig, Metrics).
 */
final class Repo {

    private Repo() {
    }

    /** The repository's root: surefire passes it; from the module directory it is two levels up. */
    static Path root() {
        String configured = System.getProperty("dvk.repo.root");
        Path root = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().resolve("../..");
        return root.toAbsolutePath().normalize();
    }

    static Path k8s() {
        return root().resolve("deploy/k8s");
    }

    static Path overlay(String name) {
        return k8s().resolve("overlays").resolve(name);
    }

    static Path realmFile() {
        return root().resolve("deploy/keycloak/dvk-realm.json");
    }

    /** CI runs with CI=true: there a missing tool or CRD is a failure, never a skip. */
    static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** The operators' CRDs: $DVK_K8S_CRDS, else shared/k8s-crds beside the repository. */
    static Path crds() {
        String configured = System.getenv("DVK_K8S_CRDS");
        Path crds = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : root().resolve("../shared/k8s-crds");
        return crds.toAbsolutePath().normalize();
    }

    /** CRDs kept with the tests because the shared folder lacks them (src/test/resources/crds, see its README). */
    static Path bundledCrds() {
        return k8s().resolve("src/test/resources/crds");
    }

    /** kubectl: $DVK_KUBECTL, else the first kubectl on the PATH. */
    static Optional<Path> kubectl() {
        String configured = System.getenv("DVK_KUBECTL");
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        return onPath("kubectl");
    }

    /** The first executable of that name on the PATH. */
    static Optional<Path> onPath(String command) {
        String pathVariable = System.getenv("PATH");
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String dir : pathVariable.split(java.io.File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
