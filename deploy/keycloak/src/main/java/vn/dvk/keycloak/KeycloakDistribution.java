package vn.dvk.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.dvk.testing.suite.FileTrees;

/** The Keycloak server distribution, unpacked once into the data directory. */
public final class KeycloakDistribution {

    private KeycloakDistribution() {
    }

    public static Path homeIn(Path dataDir, String version) {
        return dataDir.resolve("keycloak-" + version);
    }

    public static boolean isUnpacked(Path home) {
        return Files.isRegularFile(home.resolve("bin/kc.sh"));
    }

    /**
     * Unpacks the zip into {@code home}. Unpacks beside it and renames at the end, so an interrupted run never
     * leaves a half tree that looks complete.
     */
    public static void unpack(Path zip, Path home) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new IOException("Keycloak distribution not found at " + zip
                    + "; build once with ./mvnw install -DskipTests (it downloads it) or pass --keycloak-dist=ZIP");
        }
        Path staging = home.resolveSibling(".keycloak-unpacking");
        FileTrees.delete(staging);
        Files.createDirectories(staging);
        extract(zip, staging);
        Path unpacked;
        try (Stream<Path> top = Files.list(staging)) {
            // The zip holds one folder, keycloak-<version>/.
            unpacked = top.filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new IOException("No folder in " + zip));
        }
        try (Stream<Path> scripts = Files.list(unpacked.resolve("bin"))) {
            // java.util.zip does not restore Unix permissions.
            for (Path script : scripts.filter(p -> p.toString().endsWith(".sh")).toList()) {
                script.toFile().setExecutable(true, false);
            }
        }
        Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
        FileTrees.delete(staging);
    }

    private static void extract(Path zip, Path target) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }
}
