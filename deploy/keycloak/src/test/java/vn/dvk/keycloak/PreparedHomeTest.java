package vn.dvk.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A prepared home is copied whole, scripts still executable, only for the realm file it was prepared from; no
 * home, or one prepared from another realm, is not used (the launcher unpacks the zip then).
 */
@Tag("unit")
class PreparedHomeTest {

    @TempDir
    Path dir;

    @Test
    void aHomePreparedForTheRealmIsCopiedWhole() throws IOException {
        Path zip = dir.resolve("keycloak-quarkus-dist-1.zip");
        Path realm = Files.writeString(dir.resolve("dvk-realm.json"), "{\"realm\":\"dvk\"}");
        Path prepared = preparedHome(zip, realm);
        Path home = dir.resolve("data/keycloak-1");
        Files.createDirectories(home.getParent());

        assertTrue(PreparedHome.copy(prepared, zip, realm, home));

        assertEquals("h2", Files.readString(home.resolve("data/h2/keycloakdb.mv.db")));
        assertTrue(Files.isExecutable(home.resolve("bin/kc.sh")), "kc.sh keeps its execute bit");
        assertTrue(KeycloakDistribution.isUnpacked(home));
        assertFalse(Files.exists(dir.resolve("data/.keycloak-copying")), "no staging folder left behind");
    }

    @Test
    void aHomePreparedFromAnotherRealmFileIsNotUsed() throws IOException {
        Path zip = dir.resolve("keycloak-quarkus-dist-1.zip");
        Path realm = Files.writeString(dir.resolve("dvk-realm.json"), "{\"realm\":\"dvk\"}");
        Path prepared = preparedHome(zip, realm);
        Files.writeString(realm, "{\"realm\":\"dvk\",\"users\":[]}"); // edited after the build
        Path home = dir.resolve("keycloak-1");

        assertFalse(PreparedHome.copy(prepared, zip, realm, home));
        assertFalse(Files.exists(home));
    }

    @Test
    void noPreparedHomeIsNotUsed() throws IOException {
        Path realm = Files.writeString(dir.resolve("dvk-realm.json"), "{}");
        Path unfinished = Files.createDirectories(dir.resolve("prepared/bin")).getParent(); // no stamp: cut short
        Path home = dir.resolve("keycloak-1");

        assertFalse(PreparedHome.copy(unfinished, dir.resolve("keycloak.zip"), realm, home));
        assertFalse(Files.exists(home));
    }

    /** A home as prepare() leaves it: a script, a database file, and the stamp written last. */
    private Path preparedHome(Path zip, Path realm) throws IOException {
        Path prepared = dir.resolve("prepared");
        Path script = Files.createDirectories(prepared.resolve("bin")).resolve("kc.sh");
        Files.writeString(script, "#!/bin/sh\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(Files.createDirectories(prepared.resolve("data/h2")).resolve("keycloakdb.mv.db"), "h2");
        Files.writeString(prepared.resolve(PreparedHome.STAMP), PreparedHome.stamp(zip, realm));
        return prepared;
    }
}
