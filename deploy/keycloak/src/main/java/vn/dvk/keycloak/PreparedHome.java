package vn.dvk.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import vn.dvk.testing.suite.ChildProcess;
import vn.dvk.testing.suite.FileTrees;
import vn.dvk.testing.suite.Readiness;

/**
 * A Keycloak home made ready at build time: the distribution unpacked, the server built for development mode and
 * the DVK realm imported into its H2 database, by one start and stop of the server ({@code package} phase of this
 * module, beside the service kit's tests). A first start from an unpacked zip spends most of its time building the
 * server and creating its schema: 39 s and 56 CPU-seconds on an idle two-core machine, against 8.5 s and 15 for a
 * start of a prepared home, and up to 150 s when the end-to-end tests start it beside their services. The
 * launcher's first start and every test suite copy this home instead (deploy/local's {@code LocalSuite}).
 *
 * <p>A stamp file names the zip and the realm file's digest the home was prepared from: a home prepared from
 * another realm is not used, and the next build prepares it again.
 */
public final class PreparedHome {

    static final String STAMP = ".dvk-prepared";
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private PreparedHome() {
    }

    /** {@code java vn.dvk.keycloak.PreparedHome <zip> <realm file> <home> <timeout seconds>} */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: PreparedHome <zip> <realm file> <home> <timeout seconds>");
        }
        prepare(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Duration.ofSeconds(Long.parseLong(args[3])));
    }

    /** Prepares {@code home} unless it was prepared from the same zip and realm already. */
    static void prepare(Path zip, Path realmFile, Path home, Duration timeout) throws IOException {
        String stamp = stamp(zip, realmFile);
        if (isPreparedFor(home, stamp)) {
            System.out.println("Keycloak home " + home + " is prepared already (" + stamp + ")");
            return;
        }
        FileTrees.delete(home);
        KeycloakDistribution.unpack(zip, home);
        Path log = home.resolveSibling(home.getFileName() + "-prepare.log");
        KeycloakProcess keycloak = new KeycloakProcess(home, freePort());
        ChildProcess server = keycloak.start(realmFile, log);
        try {
            Duration ready = Readiness.of(server, keycloak.readinessUrl(), timeout).join();
            System.out.println("Keycloak built and the realm imported in " + ready.toSeconds() + " s (log " + log + ")");
        } finally {
            // SIGTERM: the server closes its H2 database before it exits
            server.stop(STOP_GRACE);
        }
        // what one run leaves that another must not inherit: its temporary files and transaction logs
        FileTrees.delete(home.resolve("data/tmp"));
        FileTrees.delete(home.resolve("data/transaction-logs"));
        Files.writeString(home.resolve(STAMP), stamp);
    }

    /**
     * Copies the home prepared in {@code prepared} for this realm file to {@code home}, and says whether it did:
     * false when none was prepared, or from another realm file (the caller unpacks the zip then).
     */
    public static boolean copy(Path prepared, Path zip, Path realmFile, Path home) throws IOException {
        if (!isPreparedFor(prepared, stamp(zip, realmFile))) {
            return false;
        }
        Path staging = home.resolveSibling(".keycloak-copying");
        FileTrees.delete(staging);
        FileTrees.copy(prepared, staging);
        // as unpacking does: a copy cut short never looks complete
        Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    private static boolean isPreparedFor(Path home, String stamp) throws IOException {
        Path file = home.resolve(STAMP);
        return Files.isRegularFile(file) && Files.readString(file).equals(stamp);
    }

    /** The zip's name and the realm file's SHA-256. */
    static String stamp(Path zip, Path realmFile) throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(realmFile));
            return zip.getFileName() + " " + realmFile.getFileName() + " sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port to prepare Keycloak on", e);
        }
    }
}
