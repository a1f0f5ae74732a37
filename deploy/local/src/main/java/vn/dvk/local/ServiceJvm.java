package vn.dvk.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JVM each service runs in, and the options that keep it small and quick to start (deploy/bench/README.md
 * measures them): the JDK named by {@value #JAVA_HOME_ENV}, else the newest JDK 25 or later under
 * {@code /usr/lib/jvm} (Temurin 25 on the project's machines), else the launcher's own. On JDK 25 or later a
 * service starts from an AOT cache (JEP 483/514/515: classes loaded and linked, method profiles) kept beside its
 * application, {@code <service>/target/quarkus-app/dvk-jdk<N>.aot}: the first run without one is the training
 * run, and the JVM writes the cache when that run stops (Ctrl-C). A rebuilt application is newer than its cache,
 * and the next run trains again.
 */
record ServiceJvm(Path javaHome, int feature, Optional<List<String>> givenOptions) {

    static final String JAVA_HOME_ENV = "DVK_SERVICE_JAVA_HOME";
    /** Options instead of {@link #FOOTPRINT} and the AOT cache, e.g. {@code -Xmx256m} to measure the former ones. */
    static final String JAVA_OPTIONS_ENV = "DVK_SERVICE_JAVA_OPTIONS";
    /** The same, as a system property: the end-to-end tests, which start suites side by side, set it. */
    static final String JAVA_OPTIONS_PROPERTY = "dvk.service.java-options";
    private static final Path SYSTEM_JDKS = Path.of("/usr/lib/jvm");
    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

    /**
     * Serial GC: one collector thread and none of G1's remembered sets and regions (a container below 1.75 GB gets
     * it anyway); an initial heap of 32 MB that grows with the load, where the default is a 64th of the machine's
     * memory (384 MB here, capped at the maximum). The ceiling stays at 256 MB: the reporting rebuild of a
     * million models needs it. A young generation of 24 MB: the serial collector's own sizing kept it at 8.7 MB of
     * the small heap, and a service under load collected 50 times a second (deploy/bench/README.md: 9–60 % more
     * throughput on every path for 8–13 MB more resident).
     */
    static final List<String> FOOTPRINT = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx256m", "-Xmn24m");

    /**
     * glibc gives each thread that allocates natively an arena of its own, up to eight per core, each holding on
     * to what it once held: two keep the JVM's native allocations (Netty, the Kafka client, zlib) together.
     */
    static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    static ServiceJvm find(Map<String, String> env) {
        Optional<Path> named = Optional.ofNullable(env.get(JAVA_HOME_ENV)).filter(s -> !s.isBlank()).map(Path::of);
        Path home = named.or(ServiceJvm::newestSystemJdk).orElse(Path.of(System.getProperty("java.home")));
        Optional<List<String>> given = Optional.ofNullable(env.get(JAVA_OPTIONS_ENV))
                .or(() -> Optional.ofNullable(System.getProperty(JAVA_OPTIONS_PROPERTY))).filter(o -> !o.isBlank())
                .map(o -> List.of(o.trim().split("\\s+")));
        return new ServiceJvm(home, feature(home), given);
    }

    Path java() {
        return javaHome.resolve("bin").resolve("java");
    }

    /** The JVM's options for one run of the application in {@code appDir} (its {@code quarkus-app}). */
    List<String> options(Path appDir) {
        if (givenOptions.isPresent()) {
            return givenOptions.get();
        }
        List<String> options = new ArrayList<>(FOOTPRINT);
        if (feature >= 25) {
            Path cache = aotCache(appDir);
            options.add((isFresh(cache, appDir.resolve("quarkus-run.jar")) ? "-XX:AOTCache=" : "-XX:AOTCacheOutput=")
                    + cache);
            // its notes on each class it cannot keep (JFR events, classes never linked) are not the service's log
            options.add("-Xlog:aot=error");
            // Mapped where it was written, the cache stays a clean, shared file mapping; the default (relocate to
            // a random address) rewrites every pointer in it, and its 150 MB become the process's own memory.
            options.addAll(List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0"));
            // hand what glibc keeps of freed native memory (compiler arenas, Netty, Kafka) back every 5 s (JDK 22+)
            options.add("-XX:TrimNativeHeapInterval=5000");
        }
        return options;
    }

    Path aotCache(Path appDir) {
        return appDir.resolve("dvk-jdk" + feature + ".aot");
    }

    /** What the service's environment adds, unless the launcher's own environment sets it. */
    static Map<String, String> environment(Map<String, String> launcher) {
        Map<String, String> environment = new java.util.HashMap<>(ENVIRONMENT);
        environment.keySet().removeAll(launcher.keySet());
        return environment;
    }

    private static boolean isFresh(Path cache, Path application) {
        try {
            return Files.isRegularFile(cache)
                    && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(application)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> newestSystemJdk() {
        if (!Files.isDirectory(SYSTEM_JDKS)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(SYSTEM_JDKS)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/java")) && feature(home) >= 25)
                    .max(Comparator.comparingInt(ServiceJvm::feature));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The JDK's feature version from its {@code release} file (0 when it has none). */
    static int feature(Path home) {
        try {
            Matcher version = VERSION.matcher(Files.readString(home.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
