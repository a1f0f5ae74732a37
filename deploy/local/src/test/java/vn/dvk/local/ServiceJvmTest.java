package vn.dvk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceJvmTest {

    @TempDir
    Path dir;

    @Test
    void theJdkNamedInTheEnvironmentRunsTheServicesAtItsFeatureVersion() throws Exception {
        Path jdk = jdk("jdk-25", "25.0.3");

        ServiceJvm jvm = ServiceJvm.find(Map.of(ServiceJvm.JAVA_HOME_ENV, jdk.toString()));

        assertEquals(25, jvm.feature());
        assertEquals(jdk.resolve("bin/java"), jvm.java());
    }

    @Test
    void onJdk25TheFirstRunTrainsTheAotCacheAndLaterRunsStartFromIt() throws Exception {
        ServiceJvm jvm = ServiceJvm.find(Map.of(ServiceJvm.JAVA_HOME_ENV, jdk("jdk-25", "25.0.3").toString()));
        Path app = application(Instant.parse("2026-12-05T10:00:00Z"));
        Path cache = jvm.aotCache(app);

        assertTrue(jvm.options(app).contains("-XX:AOTCacheOutput=" + cache), "no cache yet: a training run");
        assertTrue(jvm.options(app).containsAll(ServiceJvm.FOOTPRINT));

        Files.writeString(cache, "cache");
        Files.setLastModifiedTime(cache, FileTime.from(Instant.parse("2026-12-05T10:05:00Z")));
        assertTrue(jvm.options(app).contains("-XX:AOTCache=" + cache), "a cache newer than the application");

        Files.setLastModifiedTime(app.resolve("quarkus-run.jar"), FileTime.from(Instant.parse("2026-12-05T10:10:00Z")));
        assertTrue(jvm.options(app).contains("-XX:AOTCacheOutput=" + cache), "rebuilt since: trains again");
    }

    @Test
    void beforeJdk25ThereIsNoAotCacheOnlyTheFootprintOptions() throws Exception {
        ServiceJvm jvm = ServiceJvm.find(Map.of(ServiceJvm.JAVA_HOME_ENV, jdk("jdk-17", "17.0.15").toString()));

        assertEquals(ServiceJvm.FOOTPRINT, jvm.options(application(Instant.now())));
    }

    @Test
    void optionsGivenInTheEnvironmentReplaceTheLaunchersOwn() throws Exception {
        ServiceJvm jvm = ServiceJvm.find(Map.of(ServiceJvm.JAVA_HOME_ENV, jdk("jdk-25", "25.0.3").toString(),
                ServiceJvm.JAVA_OPTIONS_ENV, " -Xmx256m  -XX:+UseG1GC "));

        assertEquals(List.of("-Xmx256m", "-XX:+UseG1GC"), jvm.options(application(Instant.now())));
    }

    @Test
    void theLaunchersOwnEnvironmentWinsOverTheMallocArenas() {
        assertEquals(Map.of("MALLOC_ARENA_MAX", "2"), ServiceJvm.environment(Map.of()));
        assertFalse(ServiceJvm.environment(Map.of("MALLOC_ARENA_MAX", "16")).containsKey("MALLOC_ARENA_MAX"));
    }

    private Path jdk(String name, String version) throws Exception {
        Path home = Files.createDirectories(dir.resolve(name));
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }

    private Path application(Instant built) throws Exception {
        Path app = Files.createDirectories(dir.resolve("quarkus-app"));
        Path jar = app.resolve("quarkus-run.jar");
        Files.writeString(jar, "jar");
        Files.setLastModifiedTime(jar, FileTime.from(built));
        return app;
    }
}
