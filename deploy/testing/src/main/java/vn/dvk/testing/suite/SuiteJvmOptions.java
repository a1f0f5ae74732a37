package vn.dvk.testing.suite;

import java.util.ArrayList;
import java.util.List;

/**
 * Options added to every JVM a {@link RestartableSuite} starts (its service replicas and its broker), from the
 * system property {@value #PROPERTY}: the end-to-end tests run them with C1 only ({@code -XX:TieredStopAtLevel=1},
 * deploy/local's pom), where each process lives for a scenario or two and C2's compiling would not pay off; the
 * benchmarks set nothing and measure the JVM's defaults.
 */
final class SuiteJvmOptions {

    static final String PROPERTY = "dvk.suite.java-options";

    private SuiteJvmOptions() {
    }

    /** {@code base} followed by the options the property names (none when it is unset or blank). */
    static List<String> with(List<String> base) {
        List<String> options = new ArrayList<>(base);
        String extra = System.getProperty(PROPERTY, "").trim();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        return options;
    }
}
