package vn.dvk.k8s;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * What the rendering tests need from the machine. Outside CI a missing kubectl or CRD folder skips
 * those tests with the reason; in CI (CI=true) it fails them, so that they always run there.
 */
final class Preconditions {

    private Preconditions() {
    }

    static Path kubectl() {
        var kubectl = Repo.kubectl();
        require(kubectl.isPresent(), "kubectl not found (neither $DVK_KUBECTL nor on the PATH): the overlays are"
                + " rendered with kubectl's kustomize; install kubectl 1.32+ to run these tests");
        return kubectl.orElseThrow();
    }

    static Path shellcheck() {
        var shellcheck = Repo.onPath("shellcheck");
        require(shellcheck.isPresent(), "shellcheck not found on the PATH: the runbook's scripts are checked with it"
                + " (Debian's shellcheck package)");
        return shellcheck.orElseThrow();
    }

    static Path crds() {
        Path crds = Repo.crds();
        require(Files.isDirectory(crds), "the operators' CRDs are not at " + crds + " (set $DVK_K8S_CRDS, or"
                + " check out shared/ beside the repository): custom resources cannot be validated");
        return crds;
    }

    private static void require(boolean available, String reason) {
        if (!available && Repo.inCi()) {
            fail(reason + " [CI=true: required]");
        }
        Assumptions.assumeTrue(available, reason);
    }
}
