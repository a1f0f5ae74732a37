package vn.dvk.kit.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each module lists exactly the scripts of its folder, oldest first: a script added but not listed never runs. */
@Tag("unit")
class KitModuleTest {

    @ParameterizedTest
    @EnumSource(KitModule.class)
    void listsEveryScriptOfItsFolderInVersionOrder(KitModule module) throws IOException, URISyntaxException {
        URL folder = getClass().getClassLoader().getResource(module.folder());
        assertNotNull(folder, module.folder());
        List<String> inFolder;
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            inFolder = files.map(file -> file.getFileName().toString()).sorted(KitModuleTest::byVersion).toList();
        }
        assertEquals(inFolder, module.scripts());
    }

    @ParameterizedTest
    @EnumSource(KitModule.class)
    void everyScriptIsReadable(KitModule module) {
        ListedScripts scripts = new ListedScripts(module, getClass().getClassLoader());
        assertEquals(module.scripts().size(), scripts.getResources("V", new String[] {".sql"}).size());
        module.scripts().forEach(name -> assertNotNull(scripts.getResource(name).read(), name));
    }

    private static int byVersion(String a, String b) {
        return version(a).compareTo(version(b));
    }

    private static MigrationVersion version(String script) {
        return MigrationVersion.fromVersion(script.substring(1, script.indexOf("__")).replace('_', '.'));
    }
}
