package vn.dvk.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import vn.dvk.kit.text.Text;

/**
 * The configuration files of the service kit and the services, as their jars carry them: this module depends on
 * them (test scope, their own jars only; in a reactor build their target/classes), so Maven builds them first
 * and the tests read what the services ship, not another module's source folder.
 */
final class SuiteConfig {

    static final String SHARED = "META-INF/microprofile-config.properties";
    static final String SERVICE = "application.properties";

    private SuiteConfig() {
    }

    /** The service kit's shared configuration: the one in the jar (or class folder) the kit's classes come from. */
    static Map<String, String> shared() {
        String kit = Text.class.getProtectionDomain().getCodeSource().getLocation().toString();
        // a class folder's resource lies under it; a jar's is a jar: URL into it
        List<String> expected = List.of(kit + SHARED, "jar:" + kit + "!/" + SHARED);
        List<URL> found = resources(SHARED).stream().filter(url -> expected.contains(url.toString())).toList();
        if (found.size() != 1) {
            throw new IllegalStateException("expected the service kit's " + SHARED + " in " + kit + ", found "
                    + found + " among " + resources(SHARED));
        }
        return load(found.get(0));
    }

    /** A service's own application.properties, as written: the one whose quarkus.application.name is the service. */
    static Map<String, String> service(String name) {
        List<Map<String, String>> found = new ArrayList<>();
        for (URL url : resources(SERVICE)) {
            Map<String, String> config = load(url);
            if (name.equals(config.get("quarkus.application.name"))) {
                found.add(config);
            }
        }
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " " + SERVICE + " on the test classpath name "
                    + name + " (quarkus.application.name); deploy/k8s's pom must depend on the service's jar: "
                    + resources(SERVICE));
        }
        return found.get(0);
    }

    /** Every copy of the resource on the classpath: one per jar or class folder that has it. */
    private static List<URL> resources(String name) {
        try {
            return Collections.list(SuiteConfig.class.getClassLoader().getResources(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> load(URL url) {
        try (InputStream in = url.openStream()) {
            return load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(url.toString(), e);
        }
    }

    static Map<String, String> load(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put(k.toString(), v.toString()));
        return map;
    }
}
