package vn.dvk.testing.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void theLaunchersDatabaseKeepsWhatItCommittedThroughAPowerCut() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(dataDirectory, 0)) {
            assertEquals("on", server.setting("fsync"));
            assertEquals("on", server.setting("synchronous_commit"));
            assertEquals("on", server.setting("full_page_writes"));
        }
    }
}
